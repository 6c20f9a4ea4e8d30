namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that read a declared list: streamed page by page whatever its paging kind, with
    /// -First/-Skip/-IncludeTotalCount (SupportsPaging, which a cmdlet that reads no list turns off). A list under a
    /// parent (a contact's notes) is read once per piped parent, and a parent that fails (404) is a non-terminating
    /// error: the next parent's list follows. <see cref="GetObjectCmdlet{T}"/> adds lookups by id.
    /// </summary>
    [CmdletOptions(SupportsPaging = true)]
    public abstract class ListObjectCmdlet<T> : IntercomConnectedCmdlet where T : IntercomObject
    {
        protected const string ListSet = "List";

        internal abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The list this cmdlet reads; the descriptor's list unless overridden.</summary>
        internal virtual ApiOperation ListOperation => Resource.List ?? throw new NotSupportedException($"{Resource.Noun} has no list.");

        /// <summary>Values of the parent placeholders (a contact's id for its notes), for lookups and lists alike.</summary>
        protected virtual IReadOnlyDictionary<string, string> ScopeValues => NoValues;

        /// <summary>The parents this record names, each as its placeholder values; the one <see cref="ScopeValues"/> unless overridden.</summary>
        protected virtual IEnumerable<IReadOnlyDictionary<string, string>> Parents => new[] { ScopeValues };

        /// <summary>
        /// The parent placeholders of this record's list as the path takes them, found inside the engine work: a
        /// cmdlet whose parent is named by another key (a company by your company_id) looks it up here.
        /// </summary>
        internal virtual Task<IReadOnlyDictionary<string, string>> ResolveScopeAsync(IReadOnlyDictionary<string, string> scope, CancellationToken cancellationToken) =>
            Task.FromResult(scope);

        /// <summary>Query parameters of the list (filters the cmdlet exposes); none unless overridden.</summary>
        protected virtual IEnumerable<KeyValuePair<string, string>>? ListQuery => null;

        /// <summary>The JSON body of a list read by POST (the conversations whose calls are read); none unless overridden.</summary>
        protected virtual IDictionary<string, object?>? ListBody => null;

        /// <summary>Whether to ask Intercom even when the session cache holds the answer (cmdlets of cached resources expose -NoCache).</summary>
        protected virtual bool BypassCache => false;

        protected static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

        /// <summary>
        /// Whether the list is read once per record (a list under piped parents, or filtered by piped values) rather
        /// than once at the end; true when the list's path has placeholders.
        /// </summary>
        protected virtual bool ListsPerRecord => ListOperation.PathParameters.Count > 0;

        /// <summary>Each parent's list is read as the parents stream in.</summary>
        protected override void ProcessRecord()
        {
            if (!ListsPerRecord) return;
            foreach (var parent in Parents) WriteListFor(parent, ListQuery, string.Join(", ", parent.Values));
        }

        /// <summary>A list without a parent is read once, at the end.</summary>
        protected override void EndProcessing()
        {
            if (!ListsPerRecord) WriteListOf(ListOperation, NoValues, ListQuery);
        }

        /// <summary>Set while one record's list is read: its failure is that record's, not the command's.</summary>
        private bool _listingForParent;

        /// <summary>A record whose list fails (404, no such contact) is a non-terminating error; the next record's list follows.</summary>
        internal override bool HandlesFailure(Exception exception) =>
            _listingForParent && (exception is Engine.Transport.IntercomApiException || exception is ArgumentException);

        /// <summary>Reads one record's list; its failure (404, no such contact) is a non-terminating error whose target is <paramref name="target"/>.</summary>
        protected void WriteListFor(IReadOnlyDictionary<string, string> scope, IEnumerable<KeyValuePair<string, string>>? query, object target)
        {
            _listingForParent = true;
            try
            {
                WriteListOf(ListOperation, scope, query);
            }
            catch (Exception failure) when (HandlesFailure(failure))
            {
                WriteError(ErrorRecords.FromException(failure, "ListFailed", target));
            }
            finally
            {
                _listingForParent = false;
            }
        }

        private void WriteListOf(ApiOperation operation, IReadOnlyDictionary<string, string> givenScope, IEnumerable<KeyValuePair<string, string>>? query)
        {
            var client = ActiveConnection.Resources;
            // The session cache keeps the one whole list of a resource: a list under a parent, or filtered, is read each time.
            if (operation.Paging == PagingKind.WholeList && operation == Resource.List && operation.PathParameters.Count == 0 && query == null)
            {
                WriteListing<T>(PagingOptions.DefaultPageSize, (paging, observer, token) => DeliverWholeAsync(client, paging, observer, token));
                return;
            }
            var body = ListBody;
            WriteListing<T>(operation.MaxPageSize ?? PagingOptions.DefaultPageSize, async (paging, observer, token) =>
            {
                var scope = await ResolveScopeAsync(givenScope, token).ConfigureAwait(false);
                return await client.ListAsync(operation, scope, query, body, paging, observer, token).ConfigureAwait(false);
            });
        }

        /// <summary>The whole list (from the session cache when it holds it) as one page, up to the limit.</summary>
        private async Task<PagingResult> DeliverWholeAsync(ResourceClient client, PagingOptions paging, IPageObserver<T> observer, CancellationToken token)
        {
            var all = await client.ListWholeAsync(Resource, token, BypassCache).ConfigureAwait(false);
            var wanted = paging.Limit is long limit && limit < all.Count ? all.Take((int)limit).ToList() : all;
            if (wanted.Count > 0) await observer.OnItemsAsync(wanted, token).ConfigureAwait(false);
            return new PagingResult(wanted.Count, 1, wanted.Count < all.Count, all.Count);
        }
    }
}
