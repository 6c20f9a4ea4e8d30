namespace IntercomPS.Sandbox.Search
{
    /// <summary>Search field types as the Intercom search documentation lists them, plus the multi-valued shapes.</summary>
    internal enum FieldType
    {
        String,
        Integer,
        /// <summary>Unix timestamp.</summary>
        Date,
        Boolean,
        /// <summary>Several strings (contact_ids, tag_ids...): <c>=</c> means "contains".</summary>
        StringList,
        /// <summary>source.body: <c>=</c> matches single words, as the conversation-search docs describe.</summary>
        Words,
        /// <summary>Contact tag_id: multi-valued, and only <c>=</c> / <c>!=</c> are accepted.</summary>
        TagId,
    }

    /// <summary>A searchable (and sortable) field. Read returns null, string, long, bool or IReadOnlyList&lt;string&gt;.</summary>
    internal sealed class FieldDefinition<T>(string name, FieldType type, Func<T, object?> read)
    {
        public string Name { get; } = name;
        public FieldType Type { get; } = type;
        public Func<T, object?> Read { get; } = read;

        public bool IsMultiValued => Type == FieldType.StringList || Type == FieldType.TagId;
    }

    /// <summary>The fields one collection can be searched on.</summary>
    internal sealed class FieldCatalog<T>(Func<T, IDictionary<string, object?>> customAttributes, IReadOnlyDictionary<string, FieldType> customTypes)
    {
        private const string CustomPrefix = "custom_attributes.";
        private readonly Dictionary<string, FieldDefinition<T>> _fields = new Dictionary<string, FieldDefinition<T>>(StringComparer.Ordinal);
        private readonly Func<T, IDictionary<string, object?>> _customAttributes = customAttributes;
        private readonly IReadOnlyDictionary<string, FieldType> _customTypes = customTypes;

        public IEnumerable<string> Names => _fields.Keys;

        public FieldCatalog<T> Add(string name, FieldType type, Func<T, object?> read)
        {
            _fields[name] = new FieldDefinition<T>(name, type, read);
            return this;
        }

        /// <summary>Known fields and any custom_attributes.{name} (unknown custom attributes read as missing strings).</summary>
        public FieldDefinition<T>? Find(string name)
        {
            if (_fields.TryGetValue(name, out var field)) return field;
            if (!name.StartsWith(CustomPrefix, StringComparison.Ordinal) || name.Length == CustomPrefix.Length) return null;
            var key = name.Substring(CustomPrefix.Length);
            var type = _customTypes.TryGetValue(key, out var known) ? known : FieldType.String;
            return new FieldDefinition<T>(name, type, record => _customAttributes(record).TryGetValue(key, out var value) ? Normalize(value) : null);
        }

        private static object? Normalize(object? value)
        {
            switch (value)
            {
                case int i: return (long)i;
                case double d: return d == Math.Floor(d) ? (object)(long)d : d.ToString(System.Globalization.CultureInfo.InvariantCulture);
                default: return value;
            }
        }
    }
}
