namespace IntercomPS.Cmdlets
{
    /// <summary>Gets office hours schedules (the weekly hours the workspace is open), all of them or by id.</summary>
    [IdParameter("OfficeHoursScheduleId")]
    public sealed partial class GetIntercomOfficeHoursScheduleCommand : GetObjectCmdlet<OfficeHoursSchedule>
    {
        internal override ResourceDescriptor<OfficeHoursSchedule> Resource => IntercomResources.OfficeHoursSchedules;
    }
}
