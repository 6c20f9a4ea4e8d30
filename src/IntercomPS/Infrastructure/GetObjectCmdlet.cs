using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Get-Intercom* cmdlets of declared resources: each id given (looked up with bounded
    /// concurrency, written in input order; a failed id is a non-terminating error and the rest continue), or the
    /// resource's list, streamed page by page whatever its paging kind, with -First/-Skip/-IncludeTotalCount when the
    /// cmdlet declares SupportsPaging. A list under a parent (a contact's notes) is read once per piped parent.
    /// </summary>
    public abstract class GetObjectCmdlet<T> : IntercomConnectedCmdlet where T : IntercomObject
    {
        protected const string ListSet = "List";
        protected const string IdSet = "Id";

        internal abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The ids given to -Id (declared by each cmdlet, so it can carry its own aliases).</summary>
        protected abstract string[] Ids { get; }

        /// <summary>The list this cmdlet reads in the list parameter set; the descriptor's list unless overridden.</summary>
        internal virtual ApiOperation ListOperation => Resource.List ?? throw new NotSupportedException($"{Resource.Noun} has no list.");

        /// <summary>Values of the parent placeholders (a contact's id for its notes), for lookups and lists alike.</summary>
        protected virtual IReadOnlyDictionary<string, string> ScopeValues => NoValues;

        /// <summary>Query parameters of the list (filters the cmdlet exposes); none unless overridden.</summary>
        protected virtual IEnumerable<KeyValuePair<string, string>>? ListQuery => null;

        /// <summary>Whether to ask Intercom even when the session cache holds the answer (cmdlets of cached resources expose -NoCache).</summary>
        protected virtual bool BypassCache => false;

        /// <summary>Ids looked up at once when many stream in (default 5).</summary>
        [Parameter(ParameterSetName = IdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        protected override int LookupThrottleLimit => ThrottleLimit;

        private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                RefusePaging("Id");
                var client = ActiveConnection.Resources;
                foreach (var id in Ids)
                {
                    var values = WithId(id);
                    WriteLookup(id, token => client.GetAsync(Resource, values, token, BypassCache));
                }
            }
            else if (ListOperation.PathParameters.Count > 0)
            {
                WriteList();
            }
        }

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName != IdSet && ListOperation.PathParameters.Count == 0) WriteList();
        }

        private IReadOnlyDictionary<string, string> WithId(string id)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in ScopeValues) values[pair.Key] = pair.Value;
            values[Resource.IdParameter] = id;
            return values;
        }

        private void WriteList()
        {
            var client = ActiveConnection.Resources;
            var operation = ListOperation;
            var scope = ScopeValues;
            if (operation.Paging == PagingKind.WholeList && operation == Resource.List)
            {
                WriteListing<T>(PagingOptions.DefaultPageSize, (paging, observer, token) => DeliverWholeAsync(client, paging, observer, token));
                return;
            }
            WriteListing<T>(operation.MaxPageSize ?? PagingOptions.DefaultPageSize,
                (paging, observer, token) => client.ListAsync(operation, scope, ListQuery, null, paging, observer, token));
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
