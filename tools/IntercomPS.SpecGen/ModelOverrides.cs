using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace IntercomPS.SpecGen
{
    /// <summary>tools/IntercomPS.SpecGen/overrides.json: where the models depart from the description (see the file's own notes).</summary>
    public sealed class ModelOverrides
    {
        public const string RelativePath = "tools/IntercomPS.SpecGen/overrides.json";

        private ModelOverrides(IReadOnlyDictionary<string, string> classNames,
            IReadOnlyDictionary<string, string> sameClassAs, ISet<string> exposeType, IReadOnlyDictionary<string, PropertyOverride> properties)
        {
            ClassNames = classNames;
            SameClassAs = sameClassAs;
            ExposeType = exposeType;
            Properties = properties;
        }

        /// <summary>Component schema → the generated class's name, where it is not the schema's name in Pascal case.</summary>
        public IReadOnlyDictionary<string, string> ClassNames { get; }

        /// <summary>
        /// Component schema → the schema whose class also models it: a variant with fewer members (<c>tag_basic</c> of
        /// <c>tag</c>) is read into the fuller class, so a pipeline sees one type wherever the object comes from.
        /// </summary>
        public IReadOnlyDictionary<string, string> SameClassAs { get; }

        /// <summary>Schemas whose JSON <c>type</c> is data, re-exposed as a public property.</summary>
        public ISet<string> ExposeType { get; }

        /// <summary><c>schema.property</c> → what to do differently from the description.</summary>
        public IReadOnlyDictionary<string, PropertyOverride> Properties { get; }

        public static ModelOverrides Load(string root)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, RelativePath)),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var json = document.RootElement;
            var classNames = json.TryGetProperty("classNames", out var names)
                // A class name alone, or an object with the name and why it is renamed.
                ? names.EnumerateObject().ToDictionary(entry => entry.Name,
                    entry => entry.Value.ValueKind == JsonValueKind.Object ? entry.Value.GetProperty("name").GetString()! : entry.Value.GetString()!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            var sameClassAs = json.TryGetProperty("sameClassAs", out var same)
                ? same.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.GetString()!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            var exposeType = new HashSet<string>(json.GetProperty("exposeType").EnumerateArray().Select(entry => entry.GetString()!),
                StringComparer.Ordinal);
            var properties = json.GetProperty("properties").EnumerateObject().ToDictionary(
                entry => entry.Name,
                entry => new PropertyOverride(
                    entry.Value.TryGetProperty("name", out var name) ? name.GetString() : null,
                    entry.Value.TryGetProperty("type", out var type) ? type.GetString() : null,
                    entry.Value.TryGetProperty("added", out var added) && added.GetBoolean(),
                    entry.Value.TryGetProperty("items", out var items) ? items.GetString() : null),
                StringComparer.Ordinal);
            return new ModelOverrides(classNames, sameClassAs, exposeType, properties);
        }
    }

    /// <summary>A property's C# name and/or shape (<c>text</c>, <c>timestamp</c>, <c>model:reference</c>...), replacing what the description implies.</summary>
    public sealed class PropertyOverride
    {
        public PropertyOverride(string? name, string? type, bool added, string? items)
        {
            Name = name;
            Type = type;
            Added = added;
            Items = items;
        }

        public string? Name { get; }

        public string? Type { get; }

        /// <summary>A member the API sends that the description leaves out: the model gets it after the described ones.</summary>
        public bool Added { get; }

        /// <summary>
        /// For a list: the member of the wrapper object (<c>{"type": "tag.list", "tags": [...]}</c>) that holds its
        /// items when the API wraps the list, where it is not <c>data</c>.
        /// </summary>
        public string? Items { get; }
    }
}
