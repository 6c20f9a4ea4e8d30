namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes office hours schedules. ConfirmImpact High: a deleted schedule cannot be brought back.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomOfficeHoursSchedule", HelpUri = HelpUris.Cmdlets + "Remove-IntercomOfficeHoursSchedule.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomOfficeHoursScheduleCommand : ObjectChangeCmdlet<OfficeHoursSchedule>
    {
        /// <summary>Bound from piped objects by OfficeHoursScheduleId only (not Id), so piping objects of another kind (whose Id is theirs) deletes no schedule.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string OfficeHoursScheduleId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursSchedules;

        internal override ApiOperation Operation => IntercomResources.OfficeHoursSchedules.Delete!;

        protected override string AddressedId => OfficeHoursScheduleId;
    }
}
