using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Calls any Intercom endpoint with the connection's auth, retries and rate limiting, for what the typed cmdlets
    /// do not wrap. Returns the JSON answer as PSObjects; -Paginate streams the items of every page.
    /// </summary>
    [OutputType(typeof(PSObject))]
    public sealed partial class InvokeIntercomRequestCommand : IntercomConnectedCmdlet
    {
        // Reported with the method and path as the target (see the catches in EndProcessing).
        internal override bool HandlesFailure(System.Exception exception) =>
            exception is Engine.Transport.IntercomApiException || exception is System.ArgumentException;

        [Parameter(Position = 0)]
        [ValidateSet("GET", "POST", "PUT", "DELETE", "PATCH")]
        public string Method { get; set; } = "GET";

        /// <summary>Relative to the API root, e.g. 'contacts/123' or '/conversations/search'.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>A hashtable or object (sent as JSON), or JSON text.</summary>
        [Parameter(Position = 2)]
        public object? Body { get; set; }

        /// <summary>Query string parameters.</summary>
        [Parameter]
        public IDictionary? Query { get; set; }

        /// <summary>
        /// Follows the pages of a list, however it pages (cursor, page number, next-page URL, scroll_param), and writes
        /// the items of every page instead of the page objects; warns when an answer does not say how to page on.
        /// </summary>
        [Parameter]
        public SwitchParameter Paginate { get; set; }

        protected override void EndProcessing()
        {
            var isRead = Method == "GET" || (Method == "POST" && Path.TrimEnd('/').EndsWith("/search"));
            if (!isRead && !ShouldProcess($"{Method} /{Path.TrimStart('/')}", "Invoke-IntercomRequest")) return;

            var raw = ActiveConnection.Raw;
            var body = Body is string ? Body : PlainValues.FromPowerShell(Body);
            var query = PlainValues.QueryPairs(Query);
            try
            {
                if (Paginate.IsPresent)
                {
                    RunEngineWork(async (sink, token) =>
                    {
                        var pages = PageObserver.Of<object?>((items, _) =>
                        {
                            var page = new object[items.Count];
                            for (var i = 0; i < page.Length; i++) page[i] = PlainValues.ToPowerShell(items[i])!;
                            sink.WriteObjects(page);
                            return Task.CompletedTask;
                        });
                        var result = await raw.PaginateAsync(Method, Path, query, body, pages, token).ConfigureAwait(false);
                        if (result.Unfollowed != null) sink.WriteWarning(result.Unfollowed + " Page through it yourself with -Query or -Body.");
                    });
                }
                else
                {
                    var answer = RunEngineWork(token => raw.SendAsync(Method, Path, query, body, token));
                    if (answer != null) WriteObject(PlainValues.ToPowerShell(answer));
                }
            }
            catch (Engine.Transport.IntercomApiException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromException(ex, "RequestFailed", $"{Method} {Path}"));
            }
            catch (System.ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.FromException(ex, "RequestFailed", $"{Method} {Path}"));
            }
        }
    }
}
