namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes office hours exceptions (the schedule's regular hours hold again that day). ConfirmImpact High.</summary>
    [OutputType(typeof(void))]
    // -OfficeHoursExceptionId: Bound from piped objects by OfficeHoursExceptionId only (not Id), so piping a schedule deletes nothing.
    [IdParameter(Name = "OfficeHoursExceptionId", Position = 1, ValueFromPipeline = false)]
    [ParentIdParameter("OfficeHoursScheduleId", "office_hours_schedule_id")]
    public sealed partial class RemoveIntercomOfficeHoursExceptionCommand : ObjectChangeCmdlet<OfficeHoursException>
    {
        internal override ResourceDescriptor Resource => IntercomResources.OfficeHoursExceptions;
    }
}
