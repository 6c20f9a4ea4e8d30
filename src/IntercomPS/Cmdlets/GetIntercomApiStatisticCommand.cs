using System.IO;
using System.Management.Automation;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// What the connection's transport did (or what a request log recorded), per route: requests, errors, retries,
    /// 429s, P50/P95/P99/max latency, time span, requests per minute, rate-limit headroom and bytes, plus a total row.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IntercomApiStatistic", DefaultParameterSetName = ConnectionSet, HelpUri = HelpUris.Cmdlets + "Get-IntercomApiStatistic.md")]
    [OutputType(typeof(RouteStatistics))]
    public sealed class GetIntercomApiStatisticCommand : IntercomConnectedCmdlet
    {
        private const string ConnectionSet = "Connection";
        private const string LogSet = "RequestLog";

        /// <summary>Writes the statistics so far, then clears them.</summary>
        [Parameter(ParameterSetName = ConnectionSet)]
        public SwitchParameter Reset { get; set; }

        /// <summary>Summarises a request log written with Connect-Intercom -RequestLogPath instead of the live connection.</summary>
        [Parameter(ParameterSetName = LogSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string? RequestLogPath { get; set; }

        protected override void BeginProcessing()
        {
            // A log needs no connection: the admin reading a scheduled task's log may not be connected at all.
            if (ParameterSetName == ConnectionSet) base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (RequestLogPath == null) return;
            var summary = ApiStatisticsSources.ReadLog(this, RequestLogPath);
            if (summary != null) Write(summary);
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != ConnectionSet) return;
            var statistics = ActiveConnection.Client.Statistics;
            Write(statistics.Summarize());
            ApiStatisticsSources.WarnAboutLogFailures(this, ActiveConnection);
            if (Reset.IsPresent) statistics.Reset();
        }

        private void Write(RequestSummary summary)
        {
            foreach (var route in summary.Routes) WriteObject(OutputAdapter.Wrap(route, "IntercomPS.RouteStatistics"));
            WriteObject(OutputAdapter.Wrap(summary.Total, "IntercomPS.RouteStatistics"));
        }
    }
}
