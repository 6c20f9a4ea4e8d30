using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntercomPS.SpecGen
{
    /// <summary>
    /// One model class per object schema of components/schemas (&lt;Class&gt;.g.cs, written into the engine's obj/ folder
    /// by its build), with its JSON mapping as <c>ModelSchema</c> declarations, and the registry that finds them
    /// (Schemas.g.cs). Outputs are keyed by file name.
    /// </summary>
    /// <remarks>
    /// Not generated: variants read into a fuller class (sameClassAs in overrides.json), request bodies, schemas
    /// without properties (enums, primitives, pure oneOf), and list wrappers (<c>{type, data: [...], total_count,
    /// has_more, url}</c>): a property holding a wrapper becomes an <c>EmbeddedList</c> of its items.
    /// </remarks>
    public sealed class ModelsGenerator
    {
        /// <summary>The members a list wrapper may have besides its items; anything else makes it a model of its own.</summary>
        private static readonly HashSet<string> WrapperMembers = new HashSet<string>(StringComparer.Ordinal) { "type", "total_count", "has_more", "url" };

        /// <summary>Names a generated property cannot take: IntercomObject's members, object's, and the generated schema factory.</summary>
        private static readonly HashSet<string> ReservedMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "Type", "AdditionalProperties", "HasAdditionalProperties", "GetAdditionalProperties", "RawJson",
            "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "CreateSchema",
        };

        private readonly SpecDocument _spec;
        private readonly ModelOverrides _overrides;
        private readonly Dictionary<string, ListWrapper> _wrappers = new Dictionary<string, ListWrapper>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _generatedClasses = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _classOrigins = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _usedOverrides = new HashSet<string>(StringComparer.Ordinal);

        public ModelsGenerator(SpecDocument spec, ModelOverrides overrides)
        {
            _spec = spec;
            _overrides = overrides;
        }

        /// <summary>The generated model of each component schema (schema name → class), once <see cref="Generate"/> has run.</summary>
        public IReadOnlyDictionary<string, string> GeneratedClasses => _generatedClasses;

        public IEnumerable<KeyValuePair<string, string>> Generate()
        {
            var requestOnly = RequestOnlySchemas();
            var candidates = new List<(string Name, List<JsonProperty> Properties)>();
            foreach (var schema in _spec.Schemas.EnumerateObject())
            {
                if (_overrides.SameClassAs.ContainsKey(schema.Name) || requestOnly.Contains(schema.Name)) continue;
                var properties = MergedProperties(schema.Value);
                if (properties.Count == 0) continue;
                var wrapper = AsListWrapper(properties);
                if (wrapper != null)
                {
                    _wrappers[schema.Name] = wrapper;
                    continue;
                }
                candidates.Add((schema.Name, properties));
            }
            foreach (var candidate in candidates)
            {
                var className = _overrides.ClassNames.TryGetValue(candidate.Name, out var named) ? named : ClassName(candidate.Name);
                Claim(className, $"components/schemas/{candidate.Name}", candidate.Name);
            }
            CheckSameClassAs();
            var unnamed = _overrides.ClassNames.Keys.Where(name => !_generatedClasses.ContainsKey(name)).ToList();
            if (unnamed.Count > 0) throw new InvalidOperationException($"overrides.json: classNames names no generated model: {string.Join(", ", unnamed)}.");

            var outputs = new List<KeyValuePair<string, string>>();
            foreach (var (name, properties) in candidates)
            {
                var classes = new List<ModelClass>();
                BuildClass(_generatedClasses[name], name, Describe(_spec.Schemas.GetProperty(name)), properties,
                    _overrides.ExposeType.Contains(name), classes);
                outputs.Add(new KeyValuePair<string, string>($"{_generatedClasses[name]}.g.cs", WriteFile(name, classes)));
            }

            var unused = _overrides.Properties.Keys.Where(key => !_usedOverrides.Contains(key)).ToList();
            if (unused.Count > 0) throw new InvalidOperationException($"overrides.json: no generated property matches {string.Join(", ", unused)}.");
            var unknownExposed = _overrides.ExposeType.Where(name => !_generatedClasses.ContainsKey(name)).ToList();
            if (unknownExposed.Count > 0) throw new InvalidOperationException($"overrides.json: exposeType names no generated model: {string.Join(", ", unknownExposed)}.");

            outputs.Add(new KeyValuePair<string, string>("Schemas.g.cs", WriteRegistry()));
            return outputs;
        }

        /// <summary>
        /// A schema read into another's class must have no member the class lacks: the fuller schema is the class.
        /// </summary>
        private void CheckSameClassAs()
        {
            foreach (var entry in _overrides.SameClassAs)
            {
                if (!_spec.Schemas.TryGetProperty(entry.Key, out var variant)) throw new InvalidOperationException($"overrides.json: sameClassAs '{entry.Key}' is no schema of the description.");
                if (!_spec.Schemas.TryGetProperty(entry.Value, out var fuller)) throw new InvalidOperationException($"overrides.json: sameClassAs '{entry.Key}' names '{entry.Value}', no schema of the description.");
                if (ItemClass(entry.Value) == null) throw new InvalidOperationException($"overrides.json: sameClassAs '{entry.Key}' names '{entry.Value}', which has no model.");
                var members = new HashSet<string>(MergedProperties(fuller).Select(property => property.Name), StringComparer.Ordinal);
                members.UnionWith(AddedMembers(entry.Value).Select(added => added.JsonName));
                var missing = MergedProperties(variant).Select(property => property.Name).Where(name => !members.Contains(name)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidOperationException($"overrides.json: sameClassAs '{entry.Key}' has {string.Join(", ", missing)}, which '{entry.Value}' lacks.");
                }
            }
        }

        /// <summary>
        /// Schemas only request bodies use (<c>create_ticket_request</c>...): no answer of the API holds one, so they
        /// are no model. Cmdlets build bodies from their parameters (the descriptors' writable fields).
        /// </summary>
        private HashSet<string> RequestOnlySchemas()
        {
            var inResponses = new List<string>();
            var inRequests = new List<string>();
            foreach (var (_, _, operation) in _spec.Operations())
            {
                if (operation.TryGetProperty("responses", out var responses)) inResponses.AddRange(References(responses));
                if (operation.TryGetProperty("requestBody", out var body)) inRequests.AddRange(References(body));
            }
            var answered = Reachable(inResponses);
            var requestOnly = Reachable(inRequests);
            requestOnly.ExceptWith(answered);
            return requestOnly;
        }

        private HashSet<string> Reachable(IEnumerable<string> roots)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(roots);
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!reached.Add(name)) continue;
                foreach (var next in References(_spec.Schemas.GetProperty(name))) pending.Push(next);
            }
            return reached;
        }

        /// <summary>Every schema a <c>$ref</c> anywhere inside <paramref name="element"/> names.</summary>
        private static IEnumerable<string> References(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        if (member.Name == "$ref" && member.Value.ValueKind == JsonValueKind.String)
                        {
                            var reference = member.Value.GetString()!;
                            if (reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)) yield return reference.Substring(21);
                        }
                        else
                        {
                            foreach (var nested in References(member.Value)) yield return nested;
                        }
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        foreach (var nested in References(item)) yield return nested;
                    }
                    break;
            }
        }

        private void Claim(string className, string origin, string? schemaName)
        {
            if (_classOrigins.TryGetValue(className, out var previous))
            {
                throw new InvalidOperationException($"{origin} and {previous} would both be the class {className}: rename one in the generator.");
            }
            _classOrigins[className] = origin;
            if (schemaName != null) _generatedClasses[schemaName] = className;
        }

        /// <summary>The schema's own properties and those of every allOf part, in order; a later part's member replaces an earlier one.</summary>
        private List<JsonProperty> MergedProperties(JsonElement schema)
        {
            var merged = new List<JsonProperty>();
            Collect(_spec.Resolve(schema), merged, depth: 0);
            return merged;
        }

        private void Collect(JsonElement schema, List<JsonProperty> merged, int depth)
        {
            if (depth > 16) throw new InvalidOperationException("allOf nests too deeply.");
            if (schema.TryGetProperty("allOf", out var allOf))
            {
                foreach (var part in allOf.EnumerateArray()) Collect(_spec.Resolve(part), merged, depth + 1);
            }
            // A discriminated union (one object whose data_type or type says which members it has) reads into one
            // class with every variant's members, so that a list of them is one type in a pipeline.
            if (schema.TryGetProperty("discriminator", out _) && schema.TryGetProperty("oneOf", out var variants))
            {
                foreach (var variant in variants.EnumerateArray())
                {
                    // The members the variants share keep their first place; each variant adds only its own.
                    var members = new List<JsonProperty>();
                    Collect(_spec.Resolve(variant), members, depth + 1);
                    merged.AddRange(members.Where(member => merged.All(existing => existing.Name != member.Name)));
                }
            }
            if (!schema.TryGetProperty("properties", out var properties)) return;
            foreach (var property in properties.EnumerateObject())
            {
                merged.RemoveAll(existing => existing.Name == property.Name);
                merged.Add(property);
            }
        }

        private ListWrapper? AsListWrapper(List<JsonProperty> properties)
        {
            var others = properties.Where(property => !WrapperMembers.Contains(property.Name)).ToList();
            if (others.Count != 1) return null;
            var items = others[0].Value;
            if (!IsType(items, "array") || !items.TryGetProperty("items", out var item)) return null;
            var itemSchema = SingleReference(item);
            if (itemSchema == null) return null;
            return new ListWrapper(others[0].Name, itemSchema);
        }

        /// <summary>The schema a <c>$ref</c> (or a one-part allOf around one) names; null for anything else.</summary>
        private static string? SingleReference(JsonElement schema)
        {
            var name = SpecDocument.RefName(schema);
            if (name != null) return name;
            if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1) return SingleReference(allOf[0]);
            return null;
        }

        private void BuildClass(string className, string schemaPath, string? summary, List<JsonProperty> properties, bool exposeType, List<ModelClass> classes)
        {
            var model = new ModelClass(className, summary, exposeType);
            classes.Add(model);
            var propertyNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in properties)
            {
                if (property.Name == "type") continue;
                var key = $"{schemaPath}.{property.Name}";
                _overrides.Properties.TryGetValue(key, out var propertyOverride);
                if (propertyOverride is { Added: true }) throw new InvalidOperationException($"overrides.json {key}: added, but the description has it; drop 'added'.");
                if (propertyOverride != null) _usedOverrides.Add(key);

                var propertyName = propertyOverride?.Name ?? PropertyName(property.Name, className);
                if (propertyNames.TryGetValue(propertyName, out var clash))
                {
                    throw new InvalidOperationException($"{key} and '{clash}' would both be {className}.{propertyName}: give one a name in overrides.json.");
                }
                propertyNames[propertyName] = property.Name;

                var shape = propertyOverride?.Type != null
                    ? NamedShape(propertyOverride.Type, key)
                    : Shape(property.Name, property.Value, className + Pascal(property.Name), schemaPath + "." + property.Name, classes);
                if (propertyOverride?.Items != null) shape = WithItemsProperty(shape, propertyOverride.Items, key);
                model.Properties.Add(new ModelProperty(property.Name, propertyName, Describe(property.Value), shape));
            }
            foreach (var (jsonName, key, added) in AddedMembers(schemaPath))
            {
                var propertyName = added.Name ?? PropertyName(jsonName, className);
                if (propertyNames.ContainsKey(propertyName)) throw new InvalidOperationException($"overrides.json {key}: {className}.{propertyName} exists.");
                propertyNames[propertyName] = jsonName;
                _usedOverrides.Add(key);
                var shape = NamedShape(added.Type ?? throw new InvalidOperationException($"overrides.json {key}: an added member needs a type."), key);
                if (added.Items != null) shape = WithItemsProperty(shape, added.Items, key);
                model.Properties.Add(new ModelProperty(jsonName, propertyName, summary: null, shape));
            }
        }

        /// <summary>
        /// The members overrides.json adds to the class at <paramref name="schemaPath"/>: its own only, so that one added
        /// to a nested class (<c>contact.location.x</c>) is not also taken for a member <c>location.x</c> of the parent.
        /// </summary>
        private IEnumerable<(string JsonName, string Key, PropertyOverride Override)> AddedMembers(string schemaPath)
        {
            var prefix = schemaPath + ".";
            return _overrides.Properties
                .Where(entry => entry.Value.Added && entry.Key.StartsWith(prefix, StringComparison.Ordinal) && entry.Key.IndexOf('.', prefix.Length) < 0)
                .Select(entry => (entry.Key.Substring(prefix.Length), entry.Key, entry.Value));
        }

        private static Shape WithItemsProperty(Shape shape, string itemsProperty, string key) =>
            shape.ListItemClass != null
                ? Shapes.List(shape.ListItemClass, itemsProperty)
                : throw new InvalidOperationException($"overrides.json {key}: items is for a list of models, which this is not.");

        /// <summary>How a property is held and read: its C# type and the converter expression.</summary>
        private Shape Shape(string jsonName, JsonElement schema, string inlineClassName, string schemaPath, List<ModelClass> classes)
        {
            var reference = SingleReference(schema);
            if (reference != null) return ReferenceShape(jsonName, reference, schema, inlineClassName, schemaPath, classes);
            if (schema.TryGetProperty("oneOf", out _) || schema.TryGetProperty("anyOf", out _) || schema.TryGetProperty("allOf", out _))
            {
                return IsEitherTimestampNotation(schema) ? Shapes.Timestamp : Shapes.Plain;
            }

            var description = schema.TryGetProperty("description", out var text) ? text.GetString() ?? "" : "";
            var format = schema.TryGetProperty("format", out var formatValue) ? formatValue.GetString() : null;
            switch (schema.TryGetProperty("type", out var type) ? type.GetString() : null)
            {
                case "string":
                    return format == "date-time" ? Shapes.IsoTimestamp : Shapes.Text;
                case "integer":
                    if (IsId(jsonName)) return Shapes.Text;
                    if (jsonName.EndsWith("_at", StringComparison.Ordinal) || format == "date-time" || format == "timestamp"
                        || description.IndexOf("timestamp", StringComparison.OrdinalIgnoreCase) >= 0
                        || description.IndexOf("unix time", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return Shapes.Timestamp;
                    }
                    return Shapes.Integer;
                case "number":
                    return Shapes.Number;
                case "boolean":
                    return Shapes.Boolean;
                case "array":
                    return ArrayShape(jsonName, schema, inlineClassName, schemaPath, classes);
                default:
                    if (schema.TryGetProperty("properties", out _))
                    {
                        var wrapper = AsListWrapper(MergedProperties(schema));
                        var itemClass = wrapper == null ? null : ItemClass(wrapper.ItemSchema);
                        return itemClass != null
                            ? Shapes.List(itemClass, wrapper!.ItemsProperty)
                            : InlineModel(schema, inlineClassName, schemaPath, classes);
                    }
                    return IsType(schema, "object") ? Shapes.PlainObject : Shapes.Plain;
            }
        }

        private Shape ReferenceShape(string jsonName, string reference, JsonElement schema, string inlineClassName, string schemaPath, List<ModelClass> classes)
        {
            if (_overrides.SameClassAs.TryGetValue(reference, out var fuller)) return Shapes.Model(ItemClass(fuller)!);
            if (_wrappers.TryGetValue(reference, out var wrapper))
            {
                var itemClass = ItemClass(wrapper.ItemSchema);
                return itemClass != null ? Shapes.List(itemClass, wrapper.ItemsProperty) : Shapes.PlainObject;
            }
            if (_generatedClasses.TryGetValue(reference, out var generated)) return Shapes.Model(generated);
            // A named primitive, enum or free-form object: the shape of what it names.
            return Shape(jsonName, _spec.Resolve(_spec.Schemas.GetProperty(reference)), inlineClassName, schemaPath, classes);
        }

        private Shape ArrayShape(string jsonName, JsonElement schema, string inlineClassName, string schemaPath, List<ModelClass> classes)
        {
            if (!schema.TryGetProperty("items", out var items)) return Shapes.Plain;
            var reference = SingleReference(items);
            if (reference != null)
            {
                var itemClass = ItemClass(reference);
                if (itemClass != null) return Shapes.List(itemClass, "data");
                items = _spec.Resolve(_spec.Schemas.GetProperty(reference));
            }
            if (IsType(items, "string")) return Shapes.TextList;
            if (IsType(items, "integer") && jsonName.EndsWith("_ids", StringComparison.Ordinal)) return Shapes.TextList;
            if (reference == null && items.TryGetProperty("properties", out _) && !items.TryGetProperty("oneOf", out _) && !items.TryGetProperty("anyOf", out _))
            {
                var item = InlineModel(items, inlineClassName + "Item", schemaPath + "[]", classes);
                return Shapes.List(item.ModelClass!, "data");
            }
            return Shapes.Plain;
        }

        private string? ItemClass(string schemaName) =>
            _overrides.SameClassAs.TryGetValue(schemaName, out var fuller) ? ItemClass(fuller)
            : _generatedClasses.TryGetValue(schemaName, out var generated) ? generated
            : null;

        private Shape InlineModel(JsonElement schema, string className, string schemaPath, List<ModelClass> classes)
        {
            Claim(className, schemaPath, schemaName: null);
            var properties = MergedProperties(schema);
            BuildClass(className, schemaPath, Describe(schema), properties, exposeType: false, classes);
            return Shapes.Model(className);
        }

        private Shape NamedShape(string name, string key)
        {
            if (name.StartsWith("model:", StringComparison.Ordinal))
            {
                return Shapes.Model(ItemClass(name.Substring(6)) ?? throw new InvalidOperationException($"overrides.json {key}: no model for '{name}'."));
            }
            if (name.StartsWith("list:", StringComparison.Ordinal))
            {
                return Shapes.List(ItemClass(name.Substring(5)) ?? throw new InvalidOperationException($"overrides.json {key}: no model for '{name}'."), "data");
            }
            return Shapes.ByName.TryGetValue(name, out var shape)
                ? shape
                : throw new InvalidOperationException($"overrides.json {key}: unknown type '{name}' (one of {string.Join(", ", Shapes.ByName.Keys)}, model:<schema>, list:<schema>).");
        }

        /// <summary>
        /// The description's <c>datetime</c>: ISO 8601 text or unix seconds. Both read as an instant; it is written as
        /// unix seconds, the API's own notation for the timestamps it sends.
        /// </summary>
        private bool IsEitherTimestampNotation(JsonElement schema)
        {
            if (!schema.TryGetProperty("oneOf", out var alternatives) && !schema.TryGetProperty("anyOf", out alternatives)) return false;
            return alternatives.EnumerateArray().Select(_spec.Resolve).All(alternative =>
                IsType(alternative, "integer")
                || (IsType(alternative, "string") && alternative.TryGetProperty("format", out var format) && format.GetString() == "date-time"));
        }

        private static bool IsId(string jsonName) => jsonName == "id" || jsonName.EndsWith("_id", StringComparison.Ordinal);

        private static bool IsType(JsonElement schema, string type) =>
            schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == type;

        /// <summary><c>ticket_type</c> → <c>TicketType</c>.</summary>
        public static string ClassName(string schemaName) => Pascal(schemaName);

        private static string PropertyName(string jsonName, string className)
        {
            var name = Pascal(jsonName);
            if (name == className || ReservedMembers.Contains(name)) name += "Value";
            return name;
        }

        public static string Pascal(string name)
        {
            var builder = new StringBuilder();
            foreach (var part in Regex.Split(name, "[^A-Za-z0-9]+").Where(part => part.Length > 0))
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
            if (builder.Length == 0) throw new InvalidOperationException($"'{name}' makes no C# name: name it in overrides.json.");
            if (char.IsDigit(builder[0])) builder.Insert(0, 'N');
            // Every part starts upper case, so no result is a C# keyword (they are all lower case).
            return builder.ToString();
        }

        /// <summary>The first sentence of the schema's description (or its title), for an XML doc summary.</summary>
        private static string? Describe(JsonElement schema)
        {
            string? text = null;
            if (schema.TryGetProperty("description", out var description)) text = description.GetString();
            if (string.IsNullOrWhiteSpace(text) && schema.TryGetProperty("title", out var title)) text = title.GetString();
            if (string.IsNullOrWhiteSpace(text)) return null;
            text = Regex.Replace(text!, @"\s+", " ").Trim();
            var end = Regex.Match(text, @"[.!?](\s|$)");
            if (end.Success) text = text.Substring(0, end.Index + 1);
            text = Regex.Replace(text, @"\[([^\]]*)\]\([^)]*\)", "$1");
            text = System.Security.SecurityElement.Escape(text)!;
            return Regex.Replace(text, "`([^`]+)`", "<c>$1</c>");
        }

        private static string WriteFile(string schemaName, List<ModelClass> classes)
        {
            var text = new StringBuilder();
            text.Append("// <auto-generated>\n");
            text.Append($"// From components/schemas/{schemaName} of Intercom's OpenAPI 2.16 description, by tools/IntercomPS.SpecGen.\n");
            text.Append("// Written by the engine build; change tools/IntercomPS.SpecGen/overrides.json (or the generator) instead.\n");
            text.Append("// </auto-generated>\n");
            text.Append("#nullable enable\n");
            text.Append("using System;\nusing System.Collections.Generic;\nusing IntercomPS.Engine.Json;\n\n");
            text.Append("namespace IntercomPS.Engine.Models\n{\n");
            for (var i = 0; i < classes.Count; i++)
            {
                if (i > 0) text.Append('\n');
                WriteClass(text, classes[i]);
            }
            text.Append("}\n");
            return text.ToString();
        }

        private static void WriteClass(StringBuilder text, ModelClass model)
        {
            if (model.Summary != null) text.Append($"    /// <summary>{model.Summary}</summary>\n");
            text.Append($"    public sealed partial class {model.Name} : IntercomObject\n    {{\n");
            if (model.ExposeType)
            {
                text.Append("        /// <summary>What kind of object this is (the JSON <c>type</c>).</summary>\n");
                text.Append("        public new string? Type { get => base.Type; set => base.Type = value; }\n\n");
            }
            foreach (var property in model.Properties)
            {
                if (property.Summary != null) text.Append($"        /// <summary>{property.Summary}</summary>\n");
                text.Append($"        public {property.Shape.ClrType}? {property.Name} {{ get; set; }}\n\n");
            }
            text.Append($"        internal static ModelSchema<{model.Name}> CreateSchema() => new ModelSchema<{model.Name}>()");
            foreach (var property in model.Properties)
            {
                text.Append($"\n            .Map(\"{property.JsonName}\", {property.Shape.Converter}, m => m.{property.Name}, (m, v) => m.{property.Name} = v)");
            }
            text.Append(";\n    }\n");
        }

        private string WriteRegistry()
        {
            var text = new StringBuilder();
            text.Append("// <auto-generated>\n");
            text.Append("// The generated models of Intercom's OpenAPI 2.16 description, by tools/IntercomPS.SpecGen. Do not edit.\n");
            text.Append("// </auto-generated>\n");
            text.Append("#nullable enable\n");
            text.Append("using System;\nusing System.Collections.Generic;\nusing IntercomPS.Engine.Models;\n\n");
            text.Append("namespace IntercomPS.Engine.Json\n{\n");
            text.Append("    internal static partial class Schemas\n    {\n");
            text.Append("        /// <summary>Each component schema with a generated model, and that model.</summary>\n");
            text.Append("        public static readonly IReadOnlyDictionary<string, Type> BySchemaName = new Dictionary<string, Type>(StringComparer.Ordinal)\n        {\n");
            var bySchema = _generatedClasses.Concat(_overrides.SameClassAs
                .Where(entry => _generatedClasses.ContainsKey(entry.Value))
                .Select(entry => new KeyValuePair<string, string>(entry.Key, _generatedClasses[entry.Value])));
            foreach (var entry in bySchema.OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                text.Append($"            [\"{entry.Key}\"] = typeof({entry.Value}),\n");
            }
            text.Append("        };\n\n");
            text.Append("        /// <summary>Every generated model (inline objects' included), its mapping built on first use.</summary>\n");
            text.Append("        private static readonly Dictionary<Type, Lazy<IModelSchema>> ByModelType = new Dictionary<Type, Lazy<IModelSchema>>\n        {\n");
            foreach (var className in _classOrigins.Keys.OrderBy(name => name, StringComparer.Ordinal))
            {
                text.Append($"            [typeof({className})] = new Lazy<IModelSchema>({className}.CreateSchema),\n");
            }
            text.Append("        };\n    }\n}\n");
            return text.ToString();
        }

        private sealed class ListWrapper
        {
            public ListWrapper(string itemsProperty, string itemSchema)
            {
                ItemsProperty = itemsProperty;
                ItemSchema = itemSchema;
            }

            public string ItemsProperty { get; }

            public string ItemSchema { get; }
        }

        private sealed class ModelClass
        {
            public ModelClass(string name, string? summary, bool exposeType)
            {
                Name = name;
                Summary = summary;
                ExposeType = exposeType;
            }

            public string Name { get; }

            public string? Summary { get; }

            public bool ExposeType { get; }

            public List<ModelProperty> Properties { get; } = new List<ModelProperty>();
        }

        private sealed class ModelProperty
        {
            public ModelProperty(string jsonName, string name, string? summary, Shape shape)
            {
                JsonName = jsonName;
                Name = name;
                Summary = summary;
                Shape = shape;
            }

            public string JsonName { get; }

            public string Name { get; }

            public string? Summary { get; }

            public Shape Shape { get; }
        }
    }

    /// <summary>A property's C# type (without the nullable mark) and the converter expression that reads it.</summary>
    public sealed class Shape
    {
        public Shape(string clrType, string converter, string? modelClass = null, string? listItemClass = null)
        {
            ClrType = clrType;
            Converter = converter;
            ModelClass = modelClass;
            ListItemClass = listItemClass;
        }

        public string ClrType { get; }

        public string Converter { get; }

        public string? ModelClass { get; }

        public string? ListItemClass { get; }
    }

    public static class Shapes
    {
        public static readonly Shape Text = new Shape("string", "FlexibleStringConverter.Instance");
        public static readonly Shape Integer = new Shape("long", "FlexibleInt64Converter.Instance");
        public static readonly Shape Int32 = new Shape("int", "FlexibleInt32Converter.Instance");
        public static readonly Shape Number = new Shape("double", "FlexibleDoubleConverter.Instance");
        public static readonly Shape Boolean = new Shape("bool", "FlexibleBooleanConverter.Instance");
        public static readonly Shape Timestamp = new Shape("DateTimeOffset", "UnixTimestampConverter.Instance");
        public static readonly Shape IsoTimestamp = new Shape("DateTimeOffset", "IsoTimestampConverter.Instance");
        public static readonly Shape TextList = new Shape("IReadOnlyList<string>", "FlexibleStringListConverter.Instance");
        public static readonly Shape PlainObject = new Shape("IDictionary<string, object?>", "PlainObjectConverter.Instance");
        public static readonly Shape Plain = new Shape("object", "PlainValueConverter.Instance");
        public static readonly Shape AvatarUrl = new Shape("string", "AvatarUrlConverter.Instance");

        /// <summary>The shapes overrides.json may name.</summary>
        public static readonly IReadOnlyDictionary<string, Shape> ByName = new Dictionary<string, Shape>(StringComparer.Ordinal)
        {
            ["text"] = Text, ["integer"] = Integer, ["int32"] = Int32, ["number"] = Number, ["boolean"] = Boolean,
            ["timestamp"] = Timestamp, ["isoTimestamp"] = IsoTimestamp, ["textList"] = TextList,
            ["plainObject"] = PlainObject, ["plain"] = Plain, ["avatarUrl"] = AvatarUrl,
        };

        /// <summary>A nested model, resolved on first read so that models may reference each other in cycles.</summary>
        public static Shape Model(string className) => new Shape(className, $"DeferredModelConverter<{className}>.Instance", className);

        public static Shape List(string itemClass, string itemsProperty) =>
            new Shape($"EmbeddedList<{itemClass}>", $"new EmbeddedListConverter<{itemClass}>(DeferredModelConverter<{itemClass}>.Instance, \"{itemsProperty}\")",
                listItemClass: itemClass);
    }
}
