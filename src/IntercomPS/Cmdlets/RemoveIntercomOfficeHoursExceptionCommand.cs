using System;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes office hours exceptions (the schedule's regular hours hold again that day). ConfirmImpact High.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomOfficeHoursException", HelpUri = HelpUris.Cmdlets + "Remove-IntercomOfficeHoursException.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomOfficeHoursExceptionCommand : ObjectChangeCmdlet<OfficeHoursException>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string OfficeHoursScheduleId { get; set; } = string.Empty;

        /// <summary>Bound from piped objects by OfficeHoursExceptionId only (not Id), so piping a schedule deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string OfficeHoursExceptionId { get; set; } = string.Empty;

        protected override bool WritesResults => false;

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursExceptions;

        internal override ApiOperation Operation => IntercomResources.OfficeHoursExceptions.Delete!;

        protected override string Action => "Delete office hours exception";

        protected override IReadOnlyDictionary<string, string> TargetValues =>
            PathValues.Of("office_hours_schedule_id", OfficeHoursScheduleId, IntercomResources.OfficeHoursExceptions.IdParameter, OfficeHoursExceptionId);
    }
}
