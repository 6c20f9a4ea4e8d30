namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes help center redirects. ConfirmImpact High: links to the old address break at once.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomHelpCenterRedirect", HelpUri = HelpUris.Cmdlets + "Remove-IntercomHelpCenterRedirect.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    // -RedirectId: Bound from piped objects by RedirectId only (not Id), so piping a help center deletes nothing.
    [IdParameter(Name = "RedirectId", Position = 1, ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomHelpCenterRedirectCommand : ObjectChangeCmdlet<HelpCenterRedirect>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string HelpCenterId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.HelpCenterRedirects;

        protected override IReadOnlyDictionary<string, string> ScopeValues => PathValues.Of("help_center_id", HelpCenterId);
    }
}
