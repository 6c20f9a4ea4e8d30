using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Search;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that read a range through the search of contacts, conversations or tickets: each
    /// window is searched through the resource's <see cref="SearchableResource{T}"/>, and a Search-* command refuses
    /// an empty search or writes its query (-ShowQuery) the one way.
    /// </summary>
    public abstract class ResourceSearchCmdlet<T> : RangeSearchCmdlet<T> where T : IntercomObject
    {
        /// <summary>The resource searched, on the command's connection.</summary>
        internal abstract SearchableResource<T> Searched { get; }

        internal sealed override Task<RangeReadResult?> SearchAsync(SearchRequest request, IPageObserver<T> observer, CancellationToken cancellationToken) =>
            Searched.SearchAsync(request, observer, cancellationToken);

        /// <summary>
        /// Runs a Search-* command: ends it when it has nothing to search (no query and no range), saying what to give
        /// (<paramref name="whatToGive"/>: "-Filter, -Query") to search <paramref name="what"/> ("tickets"); for
        /// <paramref name="showQuery"/>, writes the query as the first window would send it and searches nothing;
        /// otherwise streams what the search finds.
        /// </summary>
        internal void SearchOrShowQuery(bool showQuery, string whatToGive, string what, Func<IPageObserver<T>, IPageObserver<T>>? decorate = null)
        {
            var request = BuildRequest()!;
            if (request.Query == null && request.Since == null)
            {
                ThrowQueryError(new ArgumentException($"Give {whatToGive}, or a range with -Since, to search {what}."), null);
            }
            if (showQuery)
            {
                WriteObject(Searched.DescribeQuery(request));
                return;
            }
            RunSearch(request, decorate);
        }
    }
}
