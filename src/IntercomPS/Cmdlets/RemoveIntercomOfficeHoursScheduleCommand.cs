namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes office hours schedules. ConfirmImpact High: a deleted schedule cannot be brought back.</summary>
    [OutputType(typeof(void))]
    // -OfficeHoursScheduleId: Bound from piped objects by OfficeHoursScheduleId only (not Id), so piping objects of another kind (whose Id is theirs) deletes no schedule.
    [IdParameter(Name = "OfficeHoursScheduleId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomOfficeHoursScheduleCommand : ObjectChangeCmdlet<OfficeHoursSchedule>
    {
        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursSchedules;
    }
}
