namespace IntercomPS.Cmdlets
{
    /// <summary>Creates an audience: a named set of predicates that picks contacts.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "New-IntercomAudience.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Audience))]
    public sealed class NewIntercomAudienceCommand : AudienceChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        protected override string Action => $"Create audience '{Name}'";
    }
}
