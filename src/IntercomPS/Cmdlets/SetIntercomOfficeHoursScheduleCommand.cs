namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name, time zone or weekly hours of office hours schedules; what is not given stays as it is.</summary>
    [IdParameter("OfficeHoursScheduleId", ValueFromPipeline = false)]
    public sealed partial class SetIntercomOfficeHoursScheduleCommand : SetObjectCmdlet<OfficeHoursSchedule>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The IANA time zone the hours are in (America/New_York, Europe/Dublin).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TimeZoneName { get; set; }

        /// <summary>The whole new set of weekly open intervals: 'Mon 09:00-17:00', or objects with StartMinute and EndMinute.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public object[]? TimeInterval { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(TimeZoneName), nameof(TimeInterval) };

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursSchedules;

        protected override IDictionary<string, object?>? ExtraBody => OfficeHoursIntervals.Body(TimeInterval, weekly: true);
    }
}
