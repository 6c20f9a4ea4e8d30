using System.Text.Json.Nodes;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>The changes the generic store makes to example and stored objects: overlays, timestamps, path values.</summary>
    internal static class ObjectEdits
    {
        /// <summary>
        /// Writes the body's members onto the object: nested objects member by member, other values where the object
        /// holds nothing or the same kind of value. A member the object holds in another shape stays as it is (a body
        /// sends <c>contacts</c> as a list of ids where the object holds a contact list): the object keeps the shape
        /// its model reads. <paramref name="skip"/> names top-level members the body may not set (type, id).
        /// </summary>
        public static void Overlay(JsonObject target, JsonObject body, ICollection<string> skip)
        {
            foreach (var member in body.ToList())
            {
                if (skip.Contains(member.Key)) continue;
                ListTheOneNamed(target, member.Key, member.Value);
                target.TryGetPropertyValue(member.Key, out var existing);
                if (existing is JsonObject nested && member.Value is JsonObject incoming)
                {
                    Overlay(nested, incoming, Array.Empty<string>());
                }
                else if (SameShape(existing, member.Value))
                {
                    target[member.Key] = member.Value?.DeepClone();
                }
            }
        }

        /// <summary>
        /// A request that names one of something the object lists (an article's <c>parent_id</c> against its
        /// <c>parent_ids</c>) makes the list that one, as Intercom's answers then show it.
        /// </summary>
        private static void ListTheOneNamed(JsonObject target, string member, JsonNode? value)
        {
            if (!member.EndsWith("_id", StringComparison.Ordinal) || value == null) return;
            if (value.GetValueKind() != JsonValueKind.Number && value.GetValueKind() != JsonValueKind.String) return;
            if (target.TryGetPropertyValue(member + "s", out var list) && list is JsonArray)
            {
                target[member + "s"] = new JsonArray(value.DeepClone());
            }
        }

        private static bool SameShape(JsonNode? existing, JsonNode? incoming)
        {
            if (existing == null || incoming == null) return true;
            var a = existing.GetValueKind();
            var b = incoming.GetValueKind();
            return a == b || (IsBoolean(a) && IsBoolean(b));
        }

        private static bool IsBoolean(JsonValueKind kind) => kind == JsonValueKind.True || kind == JsonValueKind.False;

        /// <summary>Sets the named timestamps the object has to now: unix seconds where it holds numbers, ISO 8601 where it holds text.</summary>
        public static void Stamp(JsonObject target, long now, params string[] members)
        {
            foreach (var name in members)
            {
                if (!target.TryGetPropertyValue(name, out var value) || value == null) continue;
                target[name] = value.GetValueKind() == JsonValueKind.String
                    ? JsonValue.Create(DateTimeOffset.FromUnixTimeSeconds(now).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    : (JsonNode)JsonValue.Create(now);
            }
        }

        /// <summary>
        /// Replaces, anywhere in <paramref name="node"/>, each value equal to a placeholder's example value (as the
        /// description documents it) by the value the request sent, so that an example answer names the objects
        /// actually addressed. Numbers stay numbers where the sent value is numeric.
        /// </summary>
        public static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, string> examples, IReadOnlyDictionary<string, string> sent)
        {
            var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var example in examples)
            {
                if (sent.TryGetValue(example.Key, out var value) && example.Value != value) replacements[example.Value] = value;
            }
            return replacements.Count == 0 ? node : Replace(node, replacements);
        }

        private static JsonNode? Replace(JsonNode? node, Dictionary<string, string> replacements)
        {
            switch (node)
            {
                case JsonObject members:
                    foreach (var member in members.ToList())
                    {
                        var replaced = Replace(member.Value, replacements);
                        if (!ReferenceEquals(replaced, member.Value)) members[member.Key] = replaced;
                    }
                    return members;
                case JsonArray items:
                    for (var i = 0; i < items.Count; i++)
                    {
                        var replaced = Replace(items[i], replacements);
                        if (!ReferenceEquals(replaced, items[i])) items[i] = replaced;
                    }
                    return items;
                case JsonValue value when ResourceStore.IdText(value) is string text && replacements.TryGetValue(text, out var sent):
                    return IdNode(sent, value.GetValueKind() == JsonValueKind.Number);
                default:
                    return node;
            }
        }

        /// <summary>An id as the JSON kind an example used for it: a number when it was one and the id is numeric, text otherwise.</summary>
        public static JsonNode IdNode(string id, bool asNumber) =>
            asNumber && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : (JsonNode)JsonValue.Create(id);
    }
}
