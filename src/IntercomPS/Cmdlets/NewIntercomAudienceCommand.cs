namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an audience: a named set of predicates that picks contacts.</summary>
    public sealed partial class NewIntercomAudienceCommand : AudienceChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        protected override string Action => $"Create audience '{Name}'";
    }
}
