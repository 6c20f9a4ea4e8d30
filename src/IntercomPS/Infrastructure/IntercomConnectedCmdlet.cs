using IntercomPS.Engine.Connection;

namespace IntercomPS.Infrastructure
{
    /// <summary>A cmdlet that talks to a workspace: -Connection, or the session's from Connect-Intercom.</summary>
    public abstract class IntercomConnectedCmdlet : IntercomCmdlet
    {
        /// <summary>The connection to use; defaults to the one Connect-Intercom made in this session.</summary>
        [Parameter]
        [ValidateNotNull]
        public IntercomConnection? Connection { get; set; }

        private IntercomConnection? _resolved;

        /// <summary>The explicit or session connection (resolved once, on the pipeline thread, before any record).</summary>
        protected IntercomConnection ActiveConnection => _resolved ?? throw new System.InvalidOperationException("BeginProcessing resolves the connection before use.");

        /// <summary>
        /// Resolves the connection here because the session's default is found through the runspace of the pipeline
        /// thread; engine work on pool threads then uses the resolved one.
        /// </summary>
        protected override void BeginProcessing()
        {
            var connection = Connection ?? SessionConnections.Current ?? ThrowNotConnected();
            if (connection.IsClosed)
            {
                ThrowTerminatingError(ErrorRecords.Create(
                    new PSInvalidOperationException(
                        $"The connection to {connection} was closed by Disconnect-Intercom or a later Connect-Intercom. Run Connect-Intercom again, or pass the current connection (Get-IntercomConnection) to -Connection."),
                    "ConnectionClosed", ErrorCategory.ConnectionError, connection,
                    "Run Connect-Intercom again, or pass the current connection (Get-IntercomConnection) to -Connection."));
            }
            _resolved = connection;
        }

        private IOrderedWork? _lookups;

        /// <summary>How many ids are looked up at once when they stream in through the pipeline.</summary>
        protected virtual int LookupThrottleLimit => 5;

        /// <summary>
        /// Queues the lookup of one id: lookups run with bounded concurrency and results are written in input order;
        /// a failure (404 and the like) is a non-terminating error whose target is the id, and the rest continue.
        /// Call <see cref="CompleteLookups"/> in EndProcessing.
        /// </summary>
        protected void WriteLookup<T>(string id, System.Func<System.Threading.CancellationToken, System.Threading.Tasks.Task<T>> lookup)
            where T : Engine.Models.IntercomObject
        {
            var queue = _lookups as OrderedWork<T>;
            if (queue == null)
            {
                queue = new OrderedWork<T>(this, LookupThrottleLimit, IsStreamWanted("Verbose", "VerbosePreference"), Stopping,
                    (_, item) => WriteObject(Present(item)),
                    (target, error) => WriteError(ErrorRecords.FromException(error, "LookupFailed", target)));
                _lookups = queue;
            }
            queue.Add(id, lookup);
        }

        /// <summary>
        /// The PowerShell face of one output object; cmdlets that attach related objects (expansions) extend it.
        /// Called on pool threads for streamed output, so it must only read state that is safe to share.
        /// </summary>
        internal virtual PSObject Present(Engine.Models.IntercomObject item) => OutputAdapter.Wrap(item);

        private CompanyIdResolver? _companyIds;

        /// <summary>
        /// Intercom's ids of the companies this command names by your company_id, each looked up once per command.
        /// Created on the pipeline thread (in BeginProcessing or a record), used by engine work on any thread.
        /// </summary>
        internal CompanyIdResolver CompanyIds => _companyIds ??= new CompanyIdResolver(ActiveConnection.Companies);

        /// <summary>Writes the lookups still pending, in order.</summary>
        protected void CompleteLookups() => _lookups?.Complete();

        /// <summary>Translates a -Filter script block for searching <paramref name="fields"/>; null without one. Untranslatable constructs end the command.</summary>
        internal Engine.Search.CompiledSearch? TranslateFilter(ScriptBlock? filter, Engine.Search.SearchFields fields)
        {
            if (filter == null) return null;
            try
            {
                return Filters.FilterTranslator.Translate(filter, SessionState, fields);
            }
            catch (Filters.FilterTranslationException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create(ex, "InvalidFilter", ErrorCategory.InvalidArgument, filter));
                return null;
            }
        }

        /// <summary>-Skip plus -First as the number of items worth fetching; null when -First is not given (or the cmdlet does not page).</summary>
        internal long? PagingLimit()
        {
            var paging = PagingParameters;
            if (paging == null || paging.First == ulong.MaxValue) return null;
            var total = paging.First + paging.Skip;
            return total < paging.First || total > long.MaxValue ? (long?)null : (long)total;
        }

        /// <summary>
        /// Streams a listing to the pipeline, whatever its paging kind: -Skip dropped here, -Skip plus -First as the
        /// read's limit, a progress bar while it runs, and for -IncludeTotalCount, last, the total the list announced,
        /// or the count read when it was read to its end.
        /// </summary>
        /// <param name="read">Reads the list with the paging options given, into the observer given.</param>
        /// <param name="decorate">Wraps the pipeline's observer (expansions that go with each page).</param>
        internal void WriteListing<T>(int pageSize, Func<PagingOptions, IPageObserver<T>, CancellationToken, Task<PagingResult>> read,
            Func<IPageObserver<T>, IPageObserver<T>>? decorate = null) where T : IntercomObject
        {
            var paging = new PagingOptions { PageSize = pageSize, Limit = PagingLimit() };
            var skip = PagingParameters?.Skip ?? 0;
            var includeTotalCount = PagingParameters?.IncludeTotalCount == true;
            RunEngineWork(async (sink, token) =>
            {
                var observer = new PipelinePageObserver<T>(sink, MyInvocation.MyCommand.Name, skip, item => Present(item));
                var result = await read(paging, decorate == null ? observer : decorate(observer), token).ConfigureAwait(false);
                observer.Complete();
                if (includeTotalCount)
                {
                    var total = result.TotalCount is int announced ? (ulong)announced : (ulong)result.ItemsDelivered;
                    var accuracy = result.TotalCount != null || !result.LimitReached ? 1.0 : 0.0;
                    sink.WriteObject(PagingParameters!.NewTotalCount(total, accuracy));
                }
            });
        }

        private IntercomConnection ThrowNotConnected()
        {
            ThrowTerminatingError(ErrorRecords.Create(
                new PSInvalidOperationException(
                    "Not connected to Intercom. Run Connect-Intercom -AccessToken <token> (or Connect-Intercom -Sandbox to try the module without a token), or pass -Connection."),
                "NotConnected", ErrorCategory.ConnectionError, null,
                "Run Connect-Intercom -AccessToken <token> (Connect-Intercom -Sandbox to try the module), or pass -Connection."));
            return null!;
        }
    }
}
