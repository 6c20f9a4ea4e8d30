using IntercomPS.Engine.Models;
using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>
    /// Everything the module knows about one Intercom resource, said once: its operations (and so its paths, id and
    /// parent placeholders, paging kinds and items members), the fields each change operation writes, whether its
    /// whole list is cached, and the columns its default views show. The engine's generic client, the cmdlet bases,
    /// the generated format views, the sandbox's generic store and the coverage report all read it.
    /// </summary>
    public abstract class ResourceDescriptor
    {
        private readonly Dictionary<string, ApiOperation> _actions = new Dictionary<string, ApiOperation>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<ApiOperation, WritableField[]> _fields = new Dictionary<ApiOperation, WritableField[]>();

        protected ResourceDescriptor(string noun, string idParameter)
        {
            Noun = noun ?? throw new ArgumentNullException(nameof(noun));
            IdParameter = idParameter ?? throw new ArgumentNullException(nameof(idParameter));
        }

        /// <summary>The cmdlet noun after the Intercom prefix, and the PowerShell type name after IntercomPS.: <c>Ticket</c>.</summary>
        public string Noun { get; }

        /// <summary>The placeholder that names one object in the paths: <c>ticket_id</c>.</summary>
        public string IdParameter { get; }

        public abstract Type ModelType { get; }

        public ApiOperation? Get { get; protected set; }

        public ApiOperation? List { get; protected set; }

        public ApiOperation? Search { get; protected set; }

        /// <summary>The fields <see cref="Search"/> accepts, with their types, operators and date rule; null when the resource is not searched.</summary>
        public SearchFields? SearchFields { get; protected set; }

        public ApiOperation? Create { get; protected set; }

        public ApiOperation? Update { get; protected set; }

        public ApiOperation? Delete { get; protected set; }

        /// <summary>Other operations on the resource, by a name of the descriptor's choosing (<c>reply</c>, <c>tag</c>...).</summary>
        public IReadOnlyDictionary<string, ApiOperation> Actions => _actions;

        /// <summary>
        /// Whether objects read by id are kept in the session cache (contacts a pipeline of conversations names again
        /// and again); implied by <see cref="CachesWholeList"/>.
        /// </summary>
        public bool CachesById { get; protected set; }

        /// <summary>Whether the whole list is kept in the session cache, and each item by id with it (small lists read again and again).</summary>
        public bool CachesWholeList { get; protected set; }

        /// <summary>Columns of the default table view (model properties); none when the resource declares no views.</summary>
        public IReadOnlyList<ViewColumn> TableColumns { get; protected set; } = Array.Empty<ViewColumn>();

        /// <summary>Properties of the default list view; the table's columns when not declared.</summary>
        public IReadOnlyList<ViewColumn> ListProperties { get; protected set; } = Array.Empty<ViewColumn>();

        /// <summary>
        /// The query parameters of the list that bound its items' creation date (unix seconds), when the list is read
        /// by date range (<c>created_at_after</c>, <c>created_at_before</c>); null otherwise.
        /// </summary>
        public DateRangeParameters? ListDateRange { get; protected set; }

        /// <summary>Every operation the descriptor declares.</summary>
        public IEnumerable<ApiOperation> Operations =>
            new[] { Get, List, Search, Create, Update, Delete }.Where(op => op != null).Concat(_actions.Values).Distinct()!;

        /// <summary>The body members <paramref name="operation"/> writes (empty when it takes no body).</summary>
        public IReadOnlyList<WritableField> FieldsOf(ApiOperation operation) =>
            _fields.TryGetValue(operation, out var fields) ? fields : Array.Empty<WritableField>();

        public ApiOperation Action(string name) =>
            _actions.TryGetValue(name, out var operation)
                ? operation
                : throw new ArgumentException($"{Noun} declares no action '{name}' (declared: {string.Join(", ", _actions.Keys)}).", nameof(name));

        protected void AddAction(string name, ApiOperation operation, string[] fields)
        {
            _actions.Add(name, operation);
            DeclareFields(operation, fields);
        }

        /// <summary>
        /// Declares the body members <paramref name="operation"/> writes. A declaration is one field, or several
        /// separated by spaces: a list declared once as a constant (IntercomResources.ArticleFields) is passed whole.
        /// </summary>
        protected void DeclareFields(ApiOperation operation, string[] fields)
        {
            if (fields.Length > 0) _fields[operation] = WritableField.ParseAll(fields).ToArray();
        }
    }

    /// <summary>A resource whose objects read into <typeparamref name="T"/>. Declared fluently, once, in <see cref="IntercomResources"/>.</summary>
    public sealed class ResourceDescriptor<T> : ResourceDescriptor where T : IntercomObject
    {
        private readonly Func<T, string?> _idOf;

        /// <param name="idOf">Reads an object's id; the model's <c>Id</c> property when not given.</param>
        public ResourceDescriptor(string noun, string idParameter, Func<T, string?>? idOf = null) : base(noun, idParameter)
        {
            _idOf = idOf ?? IdProperty();
        }

        public override Type ModelType => typeof(T);

        /// <summary>The object's id, as its paths take it.</summary>
        public string? IdOf(T item) => _idOf(item);

        private static Func<T, string?> IdProperty()
        {
            var property = typeof(T).GetProperty("Id");
            if (property == null) return _ => null;
            return item => property.GetValue(item) is object value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        public ResourceDescriptor<T> Gets(string pathTemplate)
        {
            Get = new ApiOperation("GET", pathTemplate);
            return this;
        }

        public ResourceDescriptor<T> Lists(string pathTemplate, PagingKind paging, string? itemsMember = null, int? maxPageSize = null, string method = "GET")
        {
            List = new ApiOperation(method, pathTemplate, paging, itemsMember, Transport.RequestSafety.Idempotent, maxPageSize);
            return this;
        }

        /// <param name="fields">What the search accepts: fields, types, operators, date rule (see <see cref="SearchFields{T}"/>).</param>
        public ResourceDescriptor<T> Searches(string pathTemplate, SearchFields<T> fields, string? itemsMember = null, int maxPageSize = 150)
        {
            Search = new ApiOperation("POST", pathTemplate, PagingKind.SearchCursor, itemsMember, Transport.RequestSafety.Idempotent, maxPageSize);
            base.SearchFields = fields ?? throw new ArgumentNullException(nameof(fields));
            fields.Noun = Noun.ToLowerInvariant();
            return this;
        }

        /// <summary>The fields the search accepts, with how to read them from a <typeparamref name="T"/>.</summary>
        public new SearchFields<T>? SearchFields => (SearchFields<T>?)base.SearchFields;

        /// <param name="retryable">True when sending the create twice cannot make two objects (an upsert keyed by a field).</param>
        public ResourceDescriptor<T> Creates(string pathTemplate, bool retryable = false, params string[] fields)
        {
            Create = new ApiOperation("POST", pathTemplate, safety: retryable ? Transport.RequestSafety.Idempotent : Transport.RequestSafety.Creating);
            DeclareFields(Create, fields);
            return this;
        }

        public ResourceDescriptor<T> Updates(string pathTemplate, string method = "PUT", params string[] fields)
        {
            Update = new ApiOperation(method, pathTemplate, safety: Transport.RequestSafety.Idempotent);
            DeclareFields(Update, fields);
            return this;
        }

        public ResourceDescriptor<T> Deletes(string pathTemplate)
        {
            Delete = new ApiOperation("DELETE", pathTemplate);
            return this;
        }

        /// <summary>Another operation on the resource (reply, tag, attach...), with the body members it writes.</summary>
        public ResourceDescriptor<T> Acts(string name, string method, string pathTemplate, bool retryable = false, params string[] fields)
        {
            var safety = string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) && !retryable
                ? Transport.RequestSafety.Creating
                : Transport.RequestSafety.Idempotent;
            AddAction(name, new ApiOperation(method, pathTemplate, safety: safety), fields);
            return this;
        }

        /// <summary>Another list operation on the resource (a parent's children, a sub-list), by name.</summary>
        public ResourceDescriptor<T> ListsAlso(string name, string pathTemplate, PagingKind paging, string? itemsMember = null, string method = "GET", int? maxPageSize = null)
        {
            AddAction(name, new ApiOperation(method, pathTemplate, paging, itemsMember, Transport.RequestSafety.Idempotent, maxPageSize), Array.Empty<string>());
            return this;
        }

        /// <summary>Objects read by id are kept in the session cache; lists are not (they are too large, and change).</summary>
        public ResourceDescriptor<T> CachedById()
        {
            CachesById = true;
            return this;
        }

        /// <summary>
        /// Declares that the list is filtered by a date range in its query (unix seconds in <paramref name="afterParameter"/>
        /// and <paramref name="beforeParameter"/>), on the date <paramref name="dateOf"/> reads, so that it can be read
        /// window by window like a search.
        /// </summary>
        public ResourceDescriptor<T> ListsByDate(string afterParameter, string beforeParameter, Func<T, DateTimeOffset?> dateOf)
        {
            ListDateRange = new DateRangeParameters(afterParameter, beforeParameter);
            DateOf = dateOf ?? throw new ArgumentNullException(nameof(dateOf));
            return this;
        }

        /// <summary>The date the list's range is on (<see cref="ListsByDate"/>), or null.</summary>
        public Func<T, DateTimeOffset?>? DateOf { get; private set; }

        public ResourceDescriptor<T> CachedWhole()
        {
            CachesWholeList = true;
            CachesById = true;
            return this;
        }

        /// <summary>
        /// The default views' columns, from which module/IntercomPS.Resources.Format.ps1xml is generated: model
        /// property names, each optionally with a header and a table width (<see cref="ViewColumn.Parse"/>):
        /// <c>Shows(new[] { "Id:10", "AwayModeEnabled=Away:5", "Name:24", "Email" })</c>.
        /// </summary>
        public ResourceDescriptor<T> Shows(string[] table, string[]? list = null)
        {
            TableColumns = table.Select(ViewColumn.Parse).ToArray();
            ListProperties = (list ?? table).Select(ViewColumn.Parse).ToArray();
            return this;
        }
    }

    /// <summary>The query parameters that bound a list by date: items created after one and before the other.</summary>
    public sealed class DateRangeParameters(string after, string before)
    {
        public string After { get; } = after ?? throw new ArgumentNullException(nameof(after));

        public string Before { get; } = before ?? throw new ArgumentNullException(nameof(before));
    }
}
