using IntercomPS.Engine.Diagnostics;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// What the connection's transport did (or what a request log recorded), per route: requests, errors, retries,
    /// 429s, P50/P95/P99/max latency, time span, requests per minute, rate-limit headroom and bytes, plus a total row.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = ConnectionSet)]
    [OutputType(typeof(RouteStatistics))]
    public sealed partial class GetIntercomApiStatisticCommand : RequestSummaryCmdlet
    {
        /// <summary>Writes the statistics so far, then clears them.</summary>
        [Parameter(ParameterSetName = ConnectionSet)]
        public SwitchParameter Reset { get; set; }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (ParameterSetName == ConnectionSet && Reset.IsPresent) ActiveConnection.Client.Statistics.Reset();
        }

        internal override void Use(RequestSummary summary)
        {
            foreach (var route in summary.Routes) WriteObject(OutputAdapter.Wrap(route, "IntercomPS.RouteStatistics"));
            WriteObject(OutputAdapter.Wrap(summary.Total, "IntercomPS.RouteStatistics"));
        }
    }
}
