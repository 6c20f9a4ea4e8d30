using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives engine objects their PowerShell face: a type name (IntercomPS.Conversation...) that format views key on.
    /// Fields the model does not map stay behind the model's GetAdditionalProperties() rather than becoming note properties:
    /// raw dictionaries (social_profiles, utm_*...) would otherwise head every Format-List and Export-Csv.
    /// </summary>
    /// <remarks>
    /// This runs once per streamed object, so it is kept cheap: the type-name list is built once per (type, name)
    /// and shared read-only by every object of that type (PowerShell copies it on the first change to one object's
    /// list), instead of each object copying and re-keying its own list (about 4 µs and 500 bytes an object).
    /// </remarks>
    internal static class OutputAdapter
    {
        private static readonly ConcurrentDictionary<(Type, string), object> SharedTypeNames = new ConcurrentDictionary<(Type, string), object>();
        private static readonly Func<Type, string, object?>? BuildTypeNames;
        private static readonly Action<PSObject, object>? SetTypeNames;

        static OutputAdapter()
        {
            // PowerShell keeps an object's type names in an internal ConsolidatedString, settable only from inside the
            // engine. If a PowerShell version lacks these members, every object pays for its own list instead.
            try
            {
                var property = typeof(PSObject).GetProperty("InternalTypeNames", BindingFlags.Instance | BindingFlags.NonPublic);
                var listType = property?.PropertyType;
                var constructor = listType?.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { typeof(IEnumerable<string>), typeof(bool) }, null);
                if (property?.SetMethod == null || listType == null || constructor == null) return;
                var target = Expression.Parameter(typeof(PSObject));
                var names = Expression.Parameter(typeof(object));
                SetTypeNames = Expression.Lambda<Action<PSObject, object>>(
                    Expression.Assign(Expression.Property(target, property), Expression.Convert(names, listType)), target, names).Compile();
                BuildTypeNames = (type, typeName) =>
                {
                    var list = new List<string> { typeName };
                    for (var t = type; t != null; t = t.BaseType) list.Add(t.FullName ?? t.Name);
                    return constructor.Invoke(new object[] { list, true });
                };
            }
            catch (Exception)
            {
                SetTypeNames = null;
                BuildTypeNames = null;
            }
        }

        public static PSObject Wrap(object value, string typeName)
        {
            var wrapped = WithTypeName(value, typeName);
            return wrapped;
        }

        public static PSObject Wrap(IntercomObject model) => Wrap(model, "IntercomPS." + model.GetType().Name);

        private static PSObject WithTypeName(object value, string typeName)
        {
            if (SetTypeNames != null && BuildTypeNames != null && !(value is PSObject))
            {
                var shared = SharedTypeNames.GetOrAdd((value.GetType(), typeName), key => BuildTypeNames(key.Item1, key.Item2)!);
                var fresh = new PSObject(value);
                SetTypeNames(fresh, shared);
                return fresh;
            }
            var wrapped = PSObject.AsPSObject(value);
            if (!wrapped.TypeNames.Contains(typeName)) wrapped.TypeNames.Insert(0, typeName);
            return wrapped;
        }
    }
}
