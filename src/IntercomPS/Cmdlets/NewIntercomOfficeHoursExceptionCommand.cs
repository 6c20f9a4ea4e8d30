namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Adds exceptions to office hours schedules: a date the workspace is closed (a holiday) or open other hours.
    /// Piped schedules bind by their OfficeHoursScheduleId: <c>Get-IntercomOfficeHoursSchedule | New-IntercomOfficeHoursException ...</c>.
    /// </summary>
    public sealed partial class NewIntercomOfficeHoursExceptionCommand : OfficeHoursExceptionCmdlet
    {
        /// <summary>The day (its date only counts).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public DateTime ExceptionDate { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet(Closed, CustomHours)]
        public string ExceptionType { get; set; } = Closed;

        protected override DateTime? Date => ExceptionDate;

        protected override string? Type => ExceptionType;

        protected override string Action => $"Add a {ExceptionType} exception on {ExceptionDate:yyyy-MM-dd}";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ExceptionType == CustomHours && TimeInterval == null)
            {
                ThrowParameterDoesNotApply("A custom_hours exception needs its open hours: add -TimeInterval '10:00-14:00' (or use -ExceptionType closed).", nameof(TimeInterval));
            }
        }
    }
}
