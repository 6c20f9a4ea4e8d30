using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Search;
using IntercomPS.Filters;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that search or read a date range: -Since/-Until/-ChunkDays/-ThrottleLimit/-PageSize,
    /// SupportsPaging (-First/-Skip/-IncludeTotalCount), progress per window, failed windows as non-terminating errors
    /// plus a closing warning.
    /// </summary>
    public abstract class RangeSearchCmdlet<T> : IntercomConnectedCmdlet where T : IntercomObject
    {
        /// <summary>Start of the range (inclusive). A DateTime of any Kind (Unspecified = local), a DateTimeOffset, or a date string.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Since { get; set; }

        /// <summary>End of the range (exclusive); defaults to now.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Until { get; set; }

        /// <summary>Splits [Since, Until) into windows of this many days. Default: 1-day windows for ranges over 3 days.</summary>
        [Parameter]
        [ValidateRange(1, 366)]
        public int ChunkDays { get; set; }

        /// <summary>How many windows are fetched at once (default 1: output in date order).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        /// <summary>Items per request (1..150, default 150).</summary>
        [Parameter]
        [ValidateRange(1, 150)]
        public int PageSize { get; set; } = 150;

        protected abstract string Activity { get; }

        /// <summary>Builds the request from the parameters; null when the cmdlet has nothing to search (e.g. -Id set).</summary>
        internal abstract SearchRequest? BuildRequest();

        internal abstract Task<RangeReadResult?> SearchAsync(SearchRequest request, IRangeObserver<T> observer, CancellationToken cancellationToken);

        internal SearchRequest NewRequest(SearchQuery? query)
        {
            if (Since != null && Until != null && Until <= Since)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-Until ({Until:o}) must be later than -Since ({Since:o})."), "EmptyRange", ErrorCategory.InvalidArgument, null));
            }
            if (Since == null && (Until != null || ChunkDays > 0))
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Until and -ChunkDays need -Since: give the start of the range."), "RangeWithoutSince", ErrorCategory.InvalidArgument, null));
            }
            return new SearchRequest
            {
                Query = query,
                Since = Since?.ToUniversalTime(),
                Until = Until?.ToUniversalTime(),
                ChunkDays = ChunkDays > 0 ? ChunkDays : (int?)null,
                ThrottleLimit = ThrottleLimit,
                PageSize = PageSize,
                Limit = PagingLimit(),
            };
        }

        /// <summary>-Skip plus -First as the number of items worth fetching; null when -First is not given.</summary>
        internal long? PagingLimit()
        {
            var first = PagingParameters.First;
            if (first == ulong.MaxValue) return null;
            var total = first + PagingParameters.Skip;
            return total < first || total > long.MaxValue ? (long?)null : (long)total;
        }

        /// <summary>Runs the search and streams its results.</summary>
        internal void RunSearch(SearchRequest request, Func<IRangeObserver<T>, IRangeObserver<T>>? decorate = null)
        {
            RunEngineWork(async (sink, token) =>
            {
                var observer = new PipelineRangeObserver<T>(sink, Activity, PagingParameters.Skip, item => Present(item));
                try
                {
                    var result = await SearchAsync(request, decorate == null ? observer : decorate(observer), token).ConfigureAwait(false);
                    if (PagingParameters.IncludeTotalCount)
                    {
                        var emitted = (ulong)observer.Written + PagingParameters.Skip;
                        sink.WriteObject(PagingParameters.NewTotalCount(emitted, result == null || result.FailedWindows.Count == 0 ? 1.0 : 0.5));
                    }
                }
                finally
                {
                    observer.Complete();
                }
            });
        }

        protected void ThrowQueryError(Exception exception) =>
            ThrowTerminatingError(new ErrorRecord(exception, "InvalidQuery", ErrorCategory.InvalidArgument, null));
    }
}
