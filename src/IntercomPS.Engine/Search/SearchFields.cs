namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// What one search endpoint accepts, declared once on its resource (<c>IntercomResources.Contacts</c>): its fields
    /// with their types and operators, the attribute families the workspace defines (<c>custom_attributes.*</c>), how
    /// it compares dates, and whether it sorts. Query validation, the condition compiler, the client-side check and
    /// range reads all read it.
    /// </summary>
    public abstract class SearchFields
    {
        private readonly List<SearchField> _fields = new List<SearchField>();
        private readonly Dictionary<string, SearchField> _byName = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        private readonly List<AttributeFamily> _families = new List<AttributeFamily>();

        private protected SearchFields(SearchDateRule dates, bool sortable)
        {
            Dates = dates ?? throw new ArgumentNullException(nameof(dates));
            Sortable = sortable;
        }

        /// <summary>What the search finds, for messages ("contact"); the resource's noun once attached to it.</summary>
        public string Noun { get; internal set; } = "item";

        public SearchDateRule Dates { get; }

        /// <summary>The endpoint takes a <c>sort</c> (contact search); others ignore one, so none is sent.</summary>
        public bool Sortable { get; }

        /// <summary>The declared fields, in declaration order (attribute families not included).</summary>
        public IReadOnlyList<SearchField> Fields => _fields;

        /// <summary>The prefixes of attribute families: <c>custom_attributes</c> stands for every <c>custom_attributes.{name}</c>.</summary>
        public IEnumerable<string> AttributePrefixes => _families.Select(family => family.Prefix);

        /// <summary>The date fields a range can be read over.</summary>
        public IEnumerable<SearchField> RangeFields => _fields.Where(declared => declared.Ranges);

        /// <summary>The field as Intercom names it (<c>created_at</c>, <c>custom_attributes.plan</c>); null when it is not declared.</summary>
        public SearchField? Find(string name)
        {
            if (string.IsNullOrEmpty(name)) return null;
            if (_byName.TryGetValue(name, out var field)) return field;
            foreach (var family in _families)
            {
                if (name.Length > family.Prefix.Length + 1 && name.StartsWith(family.Prefix + ".", StringComparison.Ordinal)) return family.Member(name, Dates);
            }
            return null;
        }

        /// <summary>
        /// The field a caller names, in Intercom's spelling or the models' (<c>CreatedAt</c>, <c>Source.Author.Email</c>,
        /// <c>CustomAttributes.plan</c>), in any case; attribute names after the family's prefix are kept exactly as
        /// written, since the workspace defines them. Null when no declared field or family matches.
        /// </summary>
        public SearchField? Resolve(string name)
        {
            var exact = Find(name);
            if (exact != null || string.IsNullOrEmpty(name)) return exact;
            var loose = Loose(name);
            var declared = _fields.FirstOrDefault(field => Loose(field.Name) == loose);
            if (declared != null) return declared;

            var segments = name.Split('.');
            foreach (var family in _families)
            {
                foreach (var spelling in family.Spellings)
                {
                    var prefixSegments = spelling.Split('.').Length;
                    if (segments.Length <= prefixSegments) continue;
                    if (Loose(string.Join(".", segments.Take(prefixSegments))) != Loose(spelling)) continue;
                    return family.Member(family.Prefix + "." + string.Join(".", segments.Skip(prefixSegments)), Dates);
                }
            }
            return null;
        }

        /// <summary>The declared field closest to a name that matched none (a typo: <c>last_seen</c>), or null when none is close.</summary>
        public string? Suggest(string name)
        {
            var loose = Loose(name ?? string.Empty);
            var best = _fields
                .Select(field => (field.Name, Distance: EditDistance(loose, Loose(field.Name))))
                .OrderBy(candidate => candidate.Distance)
                .FirstOrDefault();
            return best.Name != null && best.Distance <= Math.Max(2, loose.Length / 4) ? best.Name : null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }
                previous = current;
            }
            return previous[b.Length];
        }

        /// <summary>The date field a range can be read over, named in any spelling <see cref="Resolve"/> takes.</summary>
        /// <exception cref="ArgumentException">No range can be read over the field; the message lists those that can.</exception>
        public SearchField RangeField(string name)
        {
            if (Resolve(name) is SearchField declared && declared.Ranges) return declared;
            throw new ArgumentException(
                $"'{name}' is not a date field a {Noun} search can range over; use one of {string.Join(", ", RangeFields.Select(field => field.Name))}.", nameof(name));
        }

        /// <summary>Every field name, attribute families as <c>custom_attributes.&lt;name&gt;</c>: for messages.</summary>
        public string Describe() =>
            string.Join(", ", _fields.Select(field => field.Name).Concat(_families.Select(family => family.Prefix + ".<name>")));

        /// <summary>Checks every filter of <paramref name="query"/> against the declared fields (undeclared fields are left to Intercom).</summary>
        /// <exception cref="SearchQueryException">Each filter that breaks its field's rules, by path.</exception>
        public void Check(SearchQuery query)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var problems = new List<string>();
            CheckNode(query.Root, "query", problems);
            if (problems.Count > 0) throw new SearchQueryException(problems);
        }

        private void CheckNode(SearchNode node, string path, List<string> problems)
        {
            if (node is SearchFilter filter)
            {
                CheckFilter(filter.Field, filter.Operator, filter.Value, path, problems);
                return;
            }
            if (!(node is SearchGroup group)) return;
            for (var i = 0; i < group.Children.Count; i++) CheckNode(group.Children[i], $"{path}.value[{i}]", problems);
        }

        /// <summary>A filter already in canonical form (<see cref="SearchFilterRules"/>) against its field's declaration.</summary>
        internal void CheckFilter(string fieldName, string @operator, object? value, string path, List<string> problems)
        {
            var field = Find(fieldName);
            if (field == null) return;
            if (!field.Allows(@operator))
            {
                problems.Add($"{path}.operator '{@operator}' is not accepted on {Describe(field)}; it takes {SearchSyntax.Intercom.List(field.Operators)}.");
                return;
            }
            var values = value is IEnumerable<object> list ? list.Cast<object?>().ToList() : new List<object?> { value };
            foreach (var item in values)
            {
                if (item == null) continue;
                if (field.Kind == SearchFieldKind.Date && !(item is long) && !(item is string text && long.TryParse(text, out _)))
                {
                    problems.Add($"{path}.value must be a date or unix seconds for {Describe(field)}, not {SearchFilterRules.Describe(item)}.");
                }
                else if (field.Kind == SearchFieldKind.Boolean && !(item is bool))
                {
                    problems.Add($"{path}.value must be true or false for {Describe(field)}, not {SearchFilterRules.Describe(item)}.");
                }
            }
        }

        /// <summary>"the contact date field 'created_at' (compared by whole day in the workspace's time zone)".</summary>
        public string Describe(SearchField field)
        {
            if (field == null) throw new ArgumentNullException(nameof(field));
            var text = $"the {Noun} {field.KindName} field '{field.Name}'";
            return field.Kind == SearchFieldKind.Date ? $"{text} ({Dates.Description})" : text;
        }

        internal abstract bool CanRead(string field);

        private protected void Declare(string name, SearchFieldKind kind, bool readable, bool ranges, string[]? operators)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A search field needs a name.", nameof(name));
            if (ranges && kind != SearchFieldKind.Date) throw new ArgumentException($"Only a date field can be ranged over, not '{name}'.", nameof(ranges));
            var allowed = operators != null && operators.Length > 0
                ? operators.Select(op => SearchOperators.NormalizeFilterOperator(op) ?? throw new ArgumentException($"'{op}' is not a filter operator.", nameof(operators))).ToArray()
                : SearchField.DefaultOperators(kind, Dates);
            var field = new SearchField(name, kind, allowed, readable, ranges);
            _byName.Add(name, field);
            _fields.Add(field);
        }

        private protected void DeclareFamily(string prefix, bool readable, string[] aliases)
        {
            if (string.IsNullOrWhiteSpace(prefix) || prefix.EndsWith(".", StringComparison.Ordinal))
            {
                throw new ArgumentException("An attribute family is named by its prefix without the dot: custom_attributes.", nameof(prefix));
            }
            _families.Add(new AttributeFamily(prefix, readable, aliases));
        }

        private static string Loose(string name) => name.Replace("_", string.Empty).ToLowerInvariant();

        /// <summary>Attributes the workspace defines under one prefix, of types unknown here.</summary>
        private sealed class AttributeFamily(string prefix, bool readable, string[] aliases)
        {
            private readonly bool _readable = readable;

            public string Prefix { get; } = prefix;

            /// <summary>The prefix, and the other names callers reach it by (the model's property name).</summary>
            public IReadOnlyList<string> Spellings { get; } = new[] { prefix }.Concat(aliases).ToArray();

            public SearchField Member(string name, SearchDateRule dates) =>
                new SearchField(name, SearchFieldKind.Any, SearchField.DefaultOperators(SearchFieldKind.Any, dates), _readable, Ranges: false);
        }
    }

    /// <summary>
    /// The search fields of a resource whose objects read into <typeparamref name="T"/>, with how to read each field
    /// from an object where the objects the search returns carry it in full (those conditions can be checked on them).
    /// </summary>
    public sealed class SearchFields<T> : SearchFields
    {
        private readonly Dictionary<string, Func<T, DateTimeOffset?>> _dates = new Dictionary<string, Func<T, DateTimeOffset?>>(StringComparer.Ordinal);
        private readonly ModelFieldReader<T> _reader = new ModelFieldReader<T>();

        /// <param name="dates">How the endpoint compares dates.</param>
        /// <param name="sortable">The endpoint takes a sort.</param>
        public SearchFields(SearchDateRule dates, bool sortable = false)
            : base(dates, sortable)
        {
        }

        /// <summary>Reads the fields from objects, normalized the way the search compares them.</summary>
        public ModelFieldReader<T> Reader => _reader;

        public SearchFields<T> Text(string name, Func<T, object?>? read = null) => Add(name, SearchFieldKind.Text, read);

        public SearchFields<T> Integer(string name, Func<T, object?>? read = null) => Add(name, SearchFieldKind.Integer, read);

        public SearchFields<T> Float(string name, Func<T, object?>? read = null) => Add(name, SearchFieldKind.Float, read);

        public SearchFields<T> Boolean(string name, Func<T, bool?>? read = null) => Add(name, SearchFieldKind.Boolean, read == null ? null : item => read(item));

        /// <param name="ranges">A date range can be read over the field (it needs <paramref name="read"/>).</param>
        public SearchFields<T> Date(string name, Func<T, DateTimeOffset?>? read = null, bool ranges = false)
        {
            if (ranges && read == null) throw new ArgumentException($"A range over '{name}' keeps items by their date, so the field must be readable.", nameof(read));
            Declare(name, SearchFieldKind.Date, read != null, ranges, null);
            if (read != null)
            {
                _dates.Add(name, read);
                _reader.Add(name, item => read(item));
            }
            return this;
        }

        /// <param name="operators">The operators the field takes, when fewer than an id list's (contact tag_id: = and != only).</param>
        public SearchFields<T> Ids(string name, Func<T, IEnumerable<string>?>? read = null, params string[] operators)
        {
            Declare(name, SearchFieldKind.IdList, read != null, ranges: false, operators);
            if (read != null) _reader.Add(name, item => read(item));
            return this;
        }

        /// <summary>A family of attributes the workspace defines (<c>custom_attributes</c>), read from the object's dictionary.</summary>
        /// <param name="aliases">Other names callers may use for the prefix (the model's: <c>ticket_attributes</c>).</param>
        public SearchFields<T> Attributes(string prefix, Func<T, IDictionary<string, object?>?>? read = null, params string[] aliases)
        {
            DeclareFamily(prefix, read != null, aliases);
            if (read != null) _reader.AddFamily(prefix, read);
            return this;
        }

        /// <summary>The date of <paramref name="field"/> on an object, for keeping exactly a range's items.</summary>
        /// <exception cref="ArgumentException">No range can be read over the field; the message lists those that can.</exception>
        public Func<T, DateTimeOffset?> DateOf(string field) => _dates[RangeField(field).Name];

        internal override bool CanRead(string field) => _reader.CanRead(field);

        private SearchFields<T> Add(string name, SearchFieldKind kind, Func<T, object?>? read)
        {
            Declare(name, kind, read != null, ranges: false, null);
            if (read != null) _reader.Add(name, read);
            return this;
        }
    }
}
