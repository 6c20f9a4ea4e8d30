using System.Globalization;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New-IntercomOfficeHoursException and Set-IntercomOfficeHoursException: the schedule (bound from
    /// piped schedules and exceptions), the settings an exception has whether it is created or changed, and the rule
    /// that a closed day has no open hours. Only the schedule binds from the pipeline: a piped schedule's own name
    /// and weekly hours are not the exception's.
    /// </summary>
    public abstract class OfficeHoursExceptionCmdlet : ObjectChangeCmdlet<OfficeHoursException>
    {
        protected const string Closed = "closed";
        protected const string CustomHours = "custom_hours";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string OfficeHoursScheduleId { get; set; } = string.Empty;

        /// <summary>What the exception is for (Christmas Day).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The hours open that day, from its midnight (custom_hours only): '10:00-14:00', or objects with StartMinute and EndMinute.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public object[]? TimeInterval { get; set; }

        /// <summary>Repeats every year on the same date.</summary>
        [Parameter]
        public bool? RecurringAnnually { get; set; }

        /// <summary>The date given, or null.</summary>
        protected abstract DateTime? Date { get; }

        /// <summary>The exception type given (closed or custom_hours), or null.</summary>
        protected abstract string? Type { get; }

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursExceptions;

        protected override IReadOnlyDictionary<string, string> ScopeValues => PathValues.Of("office_hours_schedule_id", OfficeHoursScheduleId);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Type == Closed && TimeInterval != null)
            {
                ThrowParameterDoesNotApply("-TimeInterval does not apply to a closed day: remove -TimeInterval, or use -ExceptionType custom_hours.", nameof(TimeInterval));
            }
        }

        protected override IDictionary<string, object?>? ExtraBody
        {
            get
            {
                var body = OfficeHoursIntervals.Body(TimeInterval, weekly: false) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
                // Intercom takes the date alone (YYYY-MM-DD): the day as written, whatever the session's time zone.
                if (Date is DateTime date) body["exception_date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return body.Count == 0 ? null : body;
            }
        }
    }
}
