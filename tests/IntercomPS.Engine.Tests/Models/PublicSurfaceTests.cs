using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Tests.Models
{
    public class PublicSurfaceTests
    {
        private static readonly string[] OwnNamespaces = { typeof(Conversation).Namespace!, typeof(IntercomJson).Namespace! };

        private static IEnumerable<Type> PublicTypes() =>
            typeof(IntercomJson).Assembly.GetExportedTypes().Where(type => OwnNamespaces.Contains(type.Namespace));

        /// <summary>
        /// The engine loads into its own AssemblyLoadContext: a System.Text.Json type reaching the cmdlets would be a
        /// different type there. Nothing public in the models or the JSON API may mention one.
        /// </summary>
        [Fact]
        public void No_public_signature_mentions_a_System_Text_Json_type()
        {
            var offenders = new List<string>();
            foreach (var type in PublicTypes())
            {
                foreach (var mentioned in SignatureTypes(type))
                {
                    if (Mentions(mentioned, typeof(JsonElement).Assembly)) offenders.Add($"{type.Name}: {mentioned}");
                }
            }

            Assert.NotEmpty(PublicTypes());
            Assert.Empty(offenders);
        }

        [Fact]
        public void Every_public_model_has_a_mapping()
        {
            var models = PublicTypes().Where(type => typeof(IntercomObject).IsAssignableFrom(type) && !type.IsAbstract).ToList();

            Assert.Contains(typeof(Conversation), models);
            Assert.All(models, model => Assert.NotNull(Schemas.Find(model)));
        }

        /// <summary>
        /// Each settable property, set alone, is written and read back into itself and nothing else: catches a field
        /// mapped to the wrong property, or a property that is never mapped.
        /// </summary>
        [Fact]
        public void Every_settable_property_is_mapped_to_its_own_field()
        {
            var failures = new List<string>();
            foreach (var schema in Schemas.All)
            {
                var properties = ModelReadingTests.SettableProperties(schema.ModelType)
                    .Where(property => property.Name != nameof(IntercomObject.RawJson))
                    // Not in the object's JSON: set from where it was read (its conversation, its team's path).
                    .Where(property => !(schema.ModelType == typeof(ConversationPart) && property.Name == nameof(ConversationPart.ConversationId)))
                    .Where(property => !(schema.ModelType == typeof(TeamMetric) && property.Name == nameof(TeamMetric.TeamId)))
                    .ToList();
                foreach (var property in properties)
                {
                    var model = (IntercomObject)Activator.CreateInstance(schema.ModelType)!;
                    var sample = SampleFor(property.PropertyType);
                    property.SetValue(model, sample);

                    var copy = ModelAssertions.Deserialize(schema.ModelType, IntercomJson.SerializeToUtf8(model));

                    if (!SameValue(sample, property.GetValue(copy))) failures.Add($"{schema.ModelType.Name}.{property.Name} did not come back");
                    failures.AddRange(properties.Where(other => other != property && other.GetValue(copy) != null)
                        .Select(other => $"{schema.ModelType.Name}.{property.Name} came back as {other.Name}"));
                    if (copy.HasAdditionalProperties) failures.Add($"{schema.ModelType.Name}.{property.Name} came back unmapped");
                }
            }

            Assert.Empty(failures);
        }

        private static object SampleFor(Type type)
        {
            if (type == typeof(string)) return "sample";
            if (type == typeof(DateTimeOffset?)) return DateTimeOffset.FromUnixTimeSeconds(1700000000);
            if (type == typeof(bool?)) return true;
            if (type == typeof(int?)) return 7;
            if (type == typeof(long?)) return 9_000_000_000L;
            if (type == typeof(double?)) return 12.5;
            if (type == typeof(IReadOnlyList<string>)) return new[] { "a", "b" };
            if (type == typeof(IDictionary<string, object?>)) return new Dictionary<string, object?> { ["k"] = "v" };
            if (type == typeof(object)) return "plain";
            if (typeof(IntercomObject).IsAssignableFrom(type))
            {
                var nested = (IntercomObject)Activator.CreateInstance(type)!;
                nested.Type = "nested";
                return nested;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EmbeddedList<>))
            {
                var item = SampleFor(type.GetGenericArguments()[0]);
                var items = Array.CreateInstance(type.GetGenericArguments()[0], 1);
                items.SetValue(item, 0);
                return Activator.CreateInstance(type, items)!;
            }
            throw new NotSupportedException($"No sample for {type}.");
        }

        private static bool SameValue(object sample, object? copy) => IntercomJson.ToJson(sample) == IntercomJson.ToJson(copy);

        private static IEnumerable<Type> SignatureTypes(Type type)
        {
            if (type.BaseType != null) yield return type.BaseType;
            foreach (var implemented in type.GetInterfaces()) yield return implemented;
            const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(visible)) yield return property.PropertyType;
            foreach (var field in type.GetFields(visible)) yield return field.FieldType;
            foreach (var method in type.GetMethods(visible).Cast<MethodBase>().Concat(type.GetConstructors()))
            {
                if (method is MethodInfo info) yield return info.ReturnType;
                foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            }
        }

        private static bool Mentions(Type type, Assembly assembly)
        {
            if (type.HasElementType) return Mentions(type.GetElementType()!, assembly);
            if (type.Assembly == assembly) return true;
            return type.IsGenericType && type.GetGenericArguments().Any(argument => !argument.IsGenericParameter && Mentions(argument, assembly));
        }
    }
}
