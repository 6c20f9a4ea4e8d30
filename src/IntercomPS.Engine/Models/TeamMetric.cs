namespace IntercomPS.Engine.Models
{
    public sealed partial class TeamMetric
    {
        /// <summary>
        /// The team the counts are within. Intercom's answer does not say (it is the path's team), so the module sets
        /// it as it reads the team's metrics: several teams' metrics can then share one table.
        /// </summary>
        public string? TeamId { get; set; }
    }
}
