using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name, time zone or weekly hours of office hours schedules; what is not given stays as it is.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomOfficeHoursSchedule", HelpUri = HelpUris.Cmdlets + "Set-IntercomOfficeHoursSchedule.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OfficeHoursSchedule))]
    public sealed class SetIntercomOfficeHoursScheduleCommand : ObjectChangeCmdlet<OfficeHoursSchedule>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OfficeHoursScheduleId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

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

        /// <summary>Writes the changed schedule.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(TimeZoneName), nameof(TimeInterval) };

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursSchedules;

        internal override ApiOperation Operation => IntercomResources.OfficeHoursSchedules.Update!;

        protected override string Action => "Update office hours schedule: " + DescribeChanges();

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of(IntercomResources.OfficeHoursSchedules.IdParameter, Id);

        protected override IDictionary<string, object?>? ExtraBody => OfficeHoursIntervals.Body(TimeInterval, weekly: true);
    }
}
