namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets the exceptions of office hours schedules (holiday closures, shorter days): each piped schedule's, or one
    /// by id. Schedules bind by their OfficeHoursScheduleId.
    /// </summary>
    // -Id: Not bound from piped objects: a piped schedule's Id is the schedule's, not an exception's.
    [IdParameter("OfficeHoursExceptionId", Position = 1, ValueFromPipeline = false, ValueFromPipelineByPropertyName = false)]
    [ParentIdParameter("OfficeHoursScheduleId", "office_hours_schedule_id")]
    public sealed partial class GetIntercomOfficeHoursExceptionCommand : GetObjectCmdlet<OfficeHoursException>
    {
        internal override ResourceDescriptor<OfficeHoursException> Resource => IntercomResources.OfficeHoursExceptions;
    }
}
