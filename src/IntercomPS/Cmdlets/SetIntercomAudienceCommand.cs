namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name or predicates of audiences; what is not given stays as it is.</summary>
    [IdParameter("AudienceId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomAudienceCommand : AudienceChangeCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
