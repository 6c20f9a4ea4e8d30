namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets, for each teammate of a team, how many conversations they have open, idle (waiting for a reply longer
    /// than the idle threshold) and snoozed right now. Piped teams bind by their TeamId; each count names its team.
    /// </summary>
    [ParentIdParameter("TeamId", "team_id", Completer = typeof(TeamIdCompleter))]
    public sealed partial class GetIntercomTeamMetricCommand : ListObjectCmdlet<TeamMetric>
    {
        /// <summary>How long a conversation waits for a reply before it counts as idle (minutes, or a TimeSpan); Intercom's default is 30 minutes.</summary>
        [Parameter]
        [MinutesTimeSpanTransformation]
        public TimeSpan? IdleThreshold { get; set; }

        internal override ResourceDescriptor<TeamMetric> Resource => IntercomResources.TeamMetrics;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => IdleThreshold is TimeSpan threshold
            ? new[] { new KeyValuePair<string, string>("idle_threshold", ((long)threshold.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            : null;

        // The answer does not name its team: each record's list is read before the next record binds, so TeamId is its team.
        internal override PSObject Present(IntercomObject item)
        {
            ((TeamMetric)item).TeamId = TeamId;
            return base.Present(item);
        }
    }
}
