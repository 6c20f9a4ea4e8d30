namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates an office hours schedule; its fields bind by property name, so a schedule read earlier (or from another
    /// workspace) can be piped in to copy it.
    /// </summary>
    public sealed partial class NewIntercomOfficeHoursScheduleCommand : ObjectChangeCmdlet<OfficeHoursSchedule>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>The IANA time zone the hours are in (America/New_York, Europe/Dublin).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string TimeZoneName { get; set; } = string.Empty;

        /// <summary>The weekly open intervals: 'Mon 09:00-17:00', or objects with StartMinute and EndMinute (from Monday 00:00).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TimeIntervals")]
        [ValidateNotNullOrEmpty]
        public object[] TimeInterval { get; set; } = new object[0];

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursSchedules;

        protected override string Action => "Create office hours schedule '" + Name + "'";

        protected override IDictionary<string, object?>? ExtraBody => OfficeHoursIntervals.Body(TimeInterval, weekly: true);
    }
}
