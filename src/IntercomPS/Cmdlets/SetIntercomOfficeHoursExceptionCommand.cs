namespace IntercomPS.Cmdlets
{
    /// <summary>Changes office hours exceptions; what is not given stays as it is. Piped exceptions bind by their ids.</summary>
    [IdParameter("OfficeHoursExceptionId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomOfficeHoursExceptionCommand : OfficeHoursExceptionCmdlet
    {
        [Parameter]
        public DateTime? ExceptionDate { get; set; }

        [Parameter]
        [ValidateSet(Closed, CustomHours)]
        public string? ExceptionType { get; set; }

        protected override DateTime? Date => ExceptionDate;

        protected override string? Type => ExceptionType;

        protected override IReadOnlyList<string>? ChangeParameters =>
            new[] { nameof(ExceptionDate), nameof(ExceptionType), nameof(Name), nameof(TimeInterval), nameof(RecurringAnnually) };
    }
}
