using System.Management.Automation;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// What the connection's transport did, per route: requests, errors, retries, 429s, P50/P95/max latency and bytes
    /// received, plus a total row; -Reset starts counting afresh.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomApiStatistic", HelpUri = HelpUris.Cmdlets + "Get-IntercomApiStatistic.md")]
    [OutputType(typeof(RouteStatistics))]
    public sealed class GetIntercomApiStatisticCommand : IntercomConnectedCmdlet
    {
        /// <summary>Writes the statistics so far, then clears them.</summary>
        [Parameter]
        public SwitchParameter Reset { get; set; }

        protected override void EndProcessing()
        {
            var statistics = ActiveConnection.Client.Statistics;
            foreach (var route in statistics.Snapshot()) WriteObject(OutputAdapter.Wrap(route, "IntercomPS.RouteStatistics"));
            WriteObject(OutputAdapter.Wrap(statistics.SnapshotTotal(), "IntercomPS.RouteStatistics"));
            var limit = statistics.LastRateLimit;
            if (limit != null) WriteVerbose($"Last rate-limit headers: {limit}");
            if (Reset.IsPresent) statistics.Reset();
        }
    }
}
