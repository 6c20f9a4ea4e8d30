namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name or predicates of audiences; what is not given stays as it is.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Set-IntercomAudience.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Audience))]
    [IdParameter("AudienceId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomAudienceCommand : AudienceChangeCmdlet
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(Predicates), nameof(RolePredicates) };
    }
}
