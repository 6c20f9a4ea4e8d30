using System;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
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
            var skip = PagingParameters?.Skip ?? 0;
            var first = PagingParameters?.First ?? ulong.MaxValue;
            if (operation.Paging == PagingKind.WholeList && operation == Resource.List)
            {
                var written = 0UL;
                foreach (var item in RunEngineWork(token => client.ListWholeAsync(Resource, token, BypassCache)))
                {
                    if (skip > 0) { skip--; continue; }
                    if (written++ >= first) break;
                    WriteObject(Present(item));
                }
                return;
            }
            var paging = new PagingOptions { PageSize = operation.MaxPageSize ?? PagingOptions.DefaultPageSize };
            if (first != ulong.MaxValue) paging.Limit = (long)Math.Min(first + skip, long.MaxValue);
            RunEngineWork(async (sink, token) =>
            {
                var observer = new PipelineRangeObserver<T>(sink, MyInvocation.MyCommand.Name, skip, Present);
                var result = await client.ListAsync<T>(operation, scope, ListQuery, null, paging, observer.OnItemsAsync, token).ConfigureAwait(false);
                if (PagingParameters?.IncludeTotalCount == true && result.TotalCount != null)
                {
                    sink.WriteObject(PagingParameters.NewTotalCount((ulong)result.TotalCount.Value, 1.0));
                }
            });
        }
    }
}
