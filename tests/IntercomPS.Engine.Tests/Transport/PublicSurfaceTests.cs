using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Tests.Transport
{
    public class PublicSurfaceTests
    {
        /// <summary>
        /// The module loads the engine into its own AssemblyLoadContext: a Polly type reaching the cmdlet layer would
        /// be a different type there. No public engine signature may mention one.
        /// </summary>
        [Fact]
        public void No_public_signature_mentions_a_Polly_type()
        {
            var polly = typeof(Polly.ResiliencePipeline).Assembly;
            var exported = typeof(IntercomClient).Assembly.GetExportedTypes();
            var offenders = new List<string>();
            foreach (var type in exported)
            {
                foreach (var mentioned in SignatureTypes(type))
                {
                    if (Mentions(mentioned, polly)) offenders.Add($"{type.FullName}: {mentioned}");
                }
            }

            Assert.Contains(typeof(IntercomClient), exported);
            Assert.Empty(offenders);
        }

        private static IEnumerable<Type> SignatureTypes(Type type)
        {
            const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (type.BaseType != null) yield return type.BaseType;
            foreach (var contract in type.GetInterfaces()) yield return contract;
            foreach (var field in type.GetFields(Visible)) yield return field.FieldType;
            foreach (var property in type.GetProperties(Visible)) yield return property.PropertyType;
            foreach (var method in type.GetMethods(Visible).Cast<MethodBase>().Concat(type.GetConstructors(Visible)))
            {
                if (method is MethodInfo info) yield return info.ReturnType;
                foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            }
        }

        private static bool Mentions(Type type, Assembly assembly) =>
            type.Assembly == assembly ||
            (type.HasElementType && Mentions(type.GetElementType()!, assembly)) ||
            (type.IsGenericType && type.GetGenericArguments().Any(argument => Mentions(argument, assembly)));
    }
}
