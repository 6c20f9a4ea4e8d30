using System.Management.Automation;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Get-Intercom* cmdlets for collections Intercom returns whole (admins, teams, tags,
    /// segments): all of them, or each id given (a failed id is a non-terminating error and the rest continue).
    /// </summary>
    public abstract class GetResourceCmdlet<T> : IntercomConnectedCmdlet where T : IntercomObject
    {
        protected const string AllSet = "All";
        protected const string IdSet = "Id";

        /// <summary>The ids given by -Id (declared by each cmdlet so it can carry its own aliases).</summary>
        protected abstract string[] Ids { get; }

        internal abstract ResourceCollection<T> CollectionOf(IntercomConnection connection);

        /// <summary>Ids looked up at once when many stream in (default 5).</summary>
        [Parameter(ParameterSetName = IdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override int LookupThrottleLimit => ThrottleLimit;

        protected override void ProcessRecord()
        {
            if (ParameterSetName != IdSet) return;
            var collection = CollectionOf(ActiveConnection);
            foreach (var id in Ids)
            {
                WriteLookup(id, token => collection.GetAsync(id, token, NoCache.IsPresent));
            }
        }

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName != AllSet) return;
            var collection = CollectionOf(ActiveConnection);
            foreach (var item in RunEngineWork(token => collection.ListAsync(token, NoCache.IsPresent)))
            {
                WriteObject(OutputAdapter.Wrap(item));
            }
        }
    }
}
