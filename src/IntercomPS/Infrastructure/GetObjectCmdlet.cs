namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Get-Intercom* cmdlets of declared resources: each id given (looked up with bounded
    /// concurrency, written in input order; a failed id is a non-terminating error and the rest continue), or the
    /// resource's list as <see cref="ListObjectCmdlet{T}"/> reads it.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = ListSet)]
    public abstract class GetObjectCmdlet<T> : ListObjectCmdlet<T> where T : IntercomObject
    {
        protected const string IdSet = "Id";

        /// <summary>The ids given to -Id (declared by each cmdlet, so it can carry its own aliases).</summary>
        protected abstract string[] Ids { get; }

        /// <summary>Ids looked up at once when many stream in (default 5).</summary>
        [Parameter(ParameterSetName = IdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        protected override int LookupThrottleLimit => ThrottleLimit;

        /// <summary>What reads one object by id: the descriptor's get unless overridden (an article's draft).</summary>
        internal virtual ApiOperation GetOperation => Resource.Get!;

        /// <summary>Query parameters of each lookup (a version's locale); none unless overridden.</summary>
        protected virtual IEnumerable<KeyValuePair<string, string>>? GetQuery => null;

        protected override void ProcessRecord()
        {
            if (ParameterSetName != IdSet)
            {
                base.ProcessRecord();
                return;
            }
            RefusePaging("Id");
            var client = ActiveConnection.Resources;
            var operation = GetOperation;
            var query = GetQuery;
            var plain = operation == Resource.Get && query == null;
            foreach (var id in Ids)
            {
                var values = WithId(id);
                WriteLookup(id, token => plain ? client.GetAsync(Resource, values, token, BypassCache) : client.GetAsync<T>(operation, values, query, token));
            }
        }

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName != IdSet) base.EndProcessing();
        }

        private IReadOnlyDictionary<string, string> WithId(string id)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in ScopeValues) values[pair.Key] = pair.Value;
            values[Resource.IdParameter] = id;
            return values;
        }
    }
}
