using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using Xunit.Sdk;

namespace IntercomPS.Engine.Tests.Models
{
    internal static class ModelAssertions
    {
        /// <summary>Reads a model of a type known only at run time, through the public API.</summary>
        public static IntercomObject Deserialize(Type modelType, byte[] json, bool keepRaw = false) =>
            (IntercomObject)typeof(IntercomJson).GetMethod(nameof(IntercomJson.Deserialize))!
                .MakeGenericMethod(modelType).Invoke(null, new object[] { json, keepRaw })!;

        public static object ReadListPage(Type itemType, byte[] json, string itemsProperty) =>
            typeof(IntercomJson).GetMethod(nameof(IntercomJson.ReadListPage))!
                .MakeGenericMethod(itemType).Invoke(null, new object[] { json, itemsProperty, false })!;

        /// <summary>
        /// Every member of <paramref name="json"/> is either a mapped field of the model or one of its additional
        /// properties, and writing the model back loses no member or value, at any depth.
        /// </summary>
        public static void AssertNothingLost(JsonElement json, IntercomObject model)
        {
            var schema = Schemas.Find(model.GetType()) ?? throw new XunitException($"{model.GetType().Name} has no schema.");
            var accounted = schema.FieldNames.Concat(model.AdditionalProperties.Keys).ToHashSet(StringComparer.Ordinal);
            var missing = json.EnumerateObject().Select(member => member.Name).Where(name => !accounted.Contains(name)).ToList();
            if (missing.Count > 0) throw new XunitException($"{model.GetType().Name} accounts for neither {string.Join(", ", missing)}.");

            using var rewritten = JsonDocument.Parse(IntercomJson.SerializeToUtf8(model));
            JsonPreservation.AssertPreserved(json, rewritten.RootElement);
        }

        /// <summary>
        /// No mapped field of the model or of the models inside it had to be kept as an additional property, which
        /// would mean the spec documents a value the property cannot hold.
        /// </summary>
        public static void AssertFullyTyped(object? value, string path = "$")
        {
            switch (value)
            {
                case IntercomObject model:
                    var schema = Schemas.Find(model.GetType())!;
                    var declined = schema.FieldNames.Where(name => model.AdditionalProperties.ContainsKey(name)).ToList();
                    if (declined.Count > 0)
                    {
                        throw new XunitException($"{path} ({model.GetType().Name}) could not type {string.Join(", ", declined)}: " +
                                                 string.Join("; ", declined.Select(name => IntercomJson.ToJson(model.AdditionalProperties[name]))));
                    }
                    foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    {
                        if (property.Name == nameof(IntercomObject.AdditionalProperties) || property.GetIndexParameters().Length > 0) continue;
                        if (typeof(IntercomObject).IsAssignableFrom(property.PropertyType) || IsEmbeddedList(property.PropertyType))
                        {
                            AssertFullyTyped(property.GetValue(model), $"{path}.{property.Name}");
                        }
                    }
                    return;
                case IEnumerable items when IsEmbeddedList(value.GetType()):
                    var index = 0;
                    foreach (var item in items) AssertFullyTyped(item, $"{path}[{index++}]");
                    return;
            }
        }

        private static bool IsEmbeddedList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EmbeddedList<>);
    }
}
