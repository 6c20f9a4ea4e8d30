namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Get-Intercom* cmdlets of objects that Intercom reads by a query parameter rather than a path
    /// (<c>GET /visitors?user_id=</c>): each key given is looked up with bounded concurrency and written in input
    /// order; a key that fails (404) is a non-terminating error whose target is the key, and the rest continue.
    /// </summary>
    public abstract class QueryLookupCmdlet<T> : IntercomConnectedCmdlet where T : IntercomObject
    {
        /// <summary>The keys this record names (declared by each cmdlet, so it can carry its own name and aliases).</summary>
        protected abstract string[] Keys { get; }

        internal abstract ApiOperation Operation { get; }

        /// <summary>The query parameter that carries a key: <c>user_id</c>.</summary>
        protected abstract string QueryParameter { get; }

        /// <summary>Keys looked up at once when many stream in (default 5).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        protected override int LookupThrottleLimit => ThrottleLimit;

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.Resources;
            var operation = Operation;
            foreach (var key in Keys)
            {
                var query = QueryPairs.Of((QueryParameter, key));
                WriteLookup(key, async token => (await client.SendAsync<T>(operation, null, query, null, token).ConfigureAwait(false))!);
            }
        }

        protected override void EndProcessing() => CompleteLookups();
    }
}
