namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name or predicates of audiences; what is not given stays as it is.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Set-IntercomAudience.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Audience))]
    public sealed class SetIntercomAudienceCommand : AudienceChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("AudienceId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Writes the changed audience.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(Predicates), nameof(RolePredicates) };

        internal override ApiOperation Operation => IntercomResources.Audiences.Update!;

        protected override string AddressedId => Id;
    }
}
