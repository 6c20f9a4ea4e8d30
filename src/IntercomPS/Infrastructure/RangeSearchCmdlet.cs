using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;
using IntercomPS.Filters;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that search or read a date range: -Since/-Until/-ChunkDays/-ThrottleLimit/-PageSize,
    /// SupportsPaging (-First/-Skip/-IncludeTotalCount), progress per window, failed windows as non-terminating errors
    /// plus a closing warning.
    /// </summary>
    [CmdletOptions(SupportsPaging = true)]
    public abstract class RangeSearchCmdlet<T> : DateRangeCmdlet where T : IntercomObject
    {
        /// <summary>
        /// Windows read at once when -ThrottleLimit is not given: fast by default, since one cursor spends most of its
        /// time waiting on the network. The connection's header-driven limiter keeps the pace within the rate limit.
        /// -ThrottleLimit 1 restores output in date order.
        /// </summary>
        internal const int DefaultWindowThrottleLimit = 4;

        /// <summary>What the progress bar names the work: the cmdlet itself (Search-IntercomTicket).</summary>
        private string Activity => MyInvocation.MyCommand.Name;

        /// <summary>The parameters that mean nothing without -Since (the range they shape), so giving one alone is an error.</summary>
        protected virtual string[] RangeOnlyParameters => new[] { nameof(Until), nameof(ChunkDays) };

        /// <summary>Builds the request from the parameters; null when the cmdlet has nothing to search (e.g. -Id set).</summary>
        internal abstract SearchRequest? BuildRequest();

        internal abstract Task<RangeReadResult?> SearchAsync(SearchRequest request, IPageObserver<T> observer, CancellationToken cancellationToken);

        internal SearchRequest NewRequest(SearchQuery? query)
        {
            if (Since != null && Until != null && Until <= Since)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException($"-Until ({Until:o}) must be later than -Since ({Since:o})."), "EmptyRange", ErrorCategory.InvalidArgument, RangeTarget()));
            }
            var withoutSince = Since == null ? Array.FindAll(RangeOnlyParameters, IsGiven) : Array.Empty<string>();
            if (withoutSince.Length > 0)
            {
                var given = "-" + string.Join(" and -", withoutSince);
                var message = $"{given} only shape a date range, which starts at -Since: add -Since (the start of the range), or remove {given}.";
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "RangeWithoutSince", ErrorCategory.InvalidArgument, RangeTarget(), message));
            }
            return new SearchRequest
            {
                Query = query,
                Since = Since?.ToUniversalTime(),
                Until = Until?.ToUniversalTime(),
                ChunkDays = ChunkDays > 0 ? ChunkDays : (int?)null,
                ThrottleLimit = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : DefaultWindowThrottleLimit,
                PageSize = PageSize,
                Limit = PagingLimit(),
            };
        }

        /// <summary>
        /// The request of a search cmdlet: -Query and -Filter (a script block given where -Query sits counts as
        /// -Filter), each checked against the searched resource's declared <paramref name="fields"/>, ANDed with
        /// <paramref name="more"/> (the cmdlet's own conveniences) over the range parameters. A query that cannot be
        /// sent ends the command.
        /// </summary>
        internal SearchRequest QueryRequest(SearchFields fields, object? query, ScriptBlock? filter, params SearchQuery?[] more)
        {
            try
            {
                var positional = QueryArgument.PositionalFilter(query, filter);
                var translated = TranslateFilter(filter ?? positional, fields);
                var queries = new List<SearchQuery?> { translated?.Query, query != null && positional == null ? QueryArgument.Parse(query, fields) : null };
                queries.AddRange(more);
                var request = NewRequest(SearchQuery.AllOf(queries));
                request.ClientCondition = translated?.ClientCondition;
                return request;
            }
            catch (SearchQueryException ex)
            {
                ThrowQueryError(ex, (object?)filter ?? query);
                throw;
            }
        }

        /// <summary>Runs the search and streams its results.</summary>
        internal void RunSearch(SearchRequest request, Func<IPageObserver<T>, IPageObserver<T>>? decorate = null)
        {
            RunEngineWork(async (sink, token) =>
            {
                var observer = new PipelinePageObserver<T>(sink, Activity, PagingParameters.Skip, item => Present(item));
                try
                {
                    var result = await SearchAsync(request, decorate == null ? observer : decorate(observer), token).ConfigureAwait(false);
                    if (PagingParameters.IncludeTotalCount)
                    {
                        // A search announces no total for a range: the count read is the total when nothing stopped the read early.
                        var read = (ulong)observer.Written + PagingParameters.Skip;
                        var stoppedAtLimit = request.Limit is long limit && (long)read >= limit;
                        var accuracy = result != null && result.FailedWindows.Count > 0 ? 0.5 : stoppedAtLimit ? 0.0 : 1.0;
                        sink.WriteObject(PagingParameters.NewTotalCount(read, accuracy));
                    }
                }
                finally
                {
                    observer.Complete();
                }
            });
        }

        /// <summary>Ends the command for a query it cannot send; the target is the query or filter as given.</summary>
        protected void ThrowQueryError(Exception exception, object? query) =>
            ThrowTerminatingError(ErrorRecords.Create(exception, "InvalidQuery", ErrorCategory.InvalidArgument, query));

        /// <summary>The range as given, the target of range errors.</summary>
        private string RangeTarget() =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "-Since {0:o} -Until {1:o} -ChunkDays {2}", Since, Until, ChunkDays);
    }
}
