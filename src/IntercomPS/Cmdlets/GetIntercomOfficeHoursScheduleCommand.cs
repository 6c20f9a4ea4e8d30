namespace IntercomPS.Cmdlets
{
    /// <summary>Gets office hours schedules (the weekly hours the workspace is open), all of them or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomOfficeHoursSchedule", HelpUri = HelpUris.Cmdlets + "Get-IntercomOfficeHoursSchedule.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(OfficeHoursSchedule))]
    public sealed class GetIntercomOfficeHoursScheduleCommand : GetObjectCmdlet<OfficeHoursSchedule>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OfficeHoursScheduleId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<OfficeHoursSchedule> Resource => IntercomResources.OfficeHoursSchedules;
    }
}
