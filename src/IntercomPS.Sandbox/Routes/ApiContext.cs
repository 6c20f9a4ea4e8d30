using IntercomPS.Sandbox.Data;
using IntercomPS.Sandbox.Search;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>One request as route handlers see it, with body and query helpers that fail the way the API does.</summary>
    internal sealed class ApiContext(WorkspaceState state, string method, string path, string? queryString, string? body, string requestId)
    {
        private readonly string? _body = body;
        private JsonElement? _json;

        public WorkspaceState State { get; } = state;
        public string Method { get; } = method;
        public string Path { get; } = path;
        public string? QueryString { get; } = queryString;
        public string RequestId { get; } = requestId;
        public IReadOnlyDictionary<string, string> Query { get; } = ParseQuery(queryString);
        public Dictionary<string, string> RouteValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public string Route(string name) => RouteValues[name];

        public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

        public bool QueryFlag(string name) => string.Equals(QueryValue(name), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>A query-string integer, or the default; anything else is a 400.</summary>
        public int QueryInt(string name, int defaultValue)
        {
            var text = QueryValue(name);
            if (string.IsNullOrEmpty(text)) return defaultValue;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw ApiException.Invalid($"{name} must be an integer", name);
            }
            return value;
        }

        /// <summary>The JSON body as an object; an empty body reads as {}.</summary>
        public JsonElement Body
        {
            get
            {
                if (_json.HasValue) return _json.Value;
                var text = string.IsNullOrWhiteSpace(_body) ? "{}" : _body!;
                try
                {
                    using (var document = JsonDocument.Parse(text))
                    {
                        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new ApiException(400, "bad_request", "The request body must be a JSON object.");
                        _json = document.RootElement.Clone();
                    }
                }
                catch (JsonException ex)
                {
                    throw new ApiException(400, "bad_request", "The request body is not valid JSON: " + ex.Message);
                }
                return _json.Value;
            }
        }

        public bool Has(string property) => Body.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Undefined;

        /// <summary>A string property; numbers are accepted as their text (the API's own examples send ids as numbers).</summary>
        public string? String(string property)
        {
            if (!Body.TryGetProperty(property, out var value)) return null;
            return AsString(value, property);
        }

        public string RequiredString(string property)
        {
            var value = String(property);
            if (string.IsNullOrEmpty(value)) throw ApiException.Missing(property);
            return value!;
        }

        public static string? AsString(JsonElement value, string property)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Null: return null;
                case JsonValueKind.String: return value.GetString();
                case JsonValueKind.Number: return value.GetRawText();
                default: throw ApiException.Invalid($"{property} must be a string", property);
            }
        }

        public long? Long(string property)
        {
            if (!Body.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)) return number;
            if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)) return parsed;
            throw ApiException.Invalid($"{property} must be an integer", property);
        }

        public bool? Bool(string property)
        {
            if (!Body.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.True) return true;
            if (value.ValueKind == JsonValueKind.False) return false;
            throw ApiException.Invalid($"{property} must be a boolean", property);
        }

        /// <summary>
        /// The body's custom_attributes: each must be one of <paramref name="known"/> (refused as "<paramref name="kind"/>
        /// '...' does not exist") and hold a value of its type; empty when the body has none.
        /// </summary>
        public Dictionary<string, object?> CustomAttributes(IReadOnlyDictionary<string, FieldType> known, string kind)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (!Body.TryGetProperty("custom_attributes", out var attributes) || attributes.ValueKind == JsonValueKind.Null) return result;
            if (attributes.ValueKind != JsonValueKind.Object) throw ApiException.Invalid("custom_attributes must be an object", "custom_attributes");
            foreach (var property in attributes.EnumerateObject())
            {
                if (!known.TryGetValue(property.Name, out var type))
                {
                    throw ApiException.Invalid($"{kind} '{property.Name}' does not exist", "custom_attributes");
                }
                result[property.Name] = CustomAttributeValue(property, type);
            }
            return result;
        }

        private static object? CustomAttributeValue(JsonProperty property, FieldType type)
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null) return null;
            switch (type)
            {
                case FieldType.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number): return number;
                case FieldType.Boolean when value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False: return value.GetBoolean();
                case FieldType.String when value.ValueKind == JsonValueKind.String: return value.GetString();
                default: throw ApiException.Invalid($"Custom attribute '{property.Name}' has the wrong type", "custom_attributes");
            }
        }

        private static IReadOnlyDictionary<string, string> ParseQuery(string? queryString)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(queryString)) return result;
            foreach (var pair in queryString!.Split('&'))
            {
                if (pair.Length == 0) continue;
                var eq = pair.IndexOf('=');
                var key = Decode(eq < 0 ? pair : pair.Substring(0, eq));
                var value = eq < 0 ? "" : Decode(pair.Substring(eq + 1));
                result[key] = value;
            }
            return result;
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
