namespace IntercomPS.Cmdlets
{
    /// <summary>Sends an old help center address on to an article or a collection; redirects bind by property name, so a help center's redirects can be copied.</summary>
    [ParentIdParameter("HelpCenterId", "help_center_id")]
    [FieldParameters(RequestBodies.CreateHelpCenterRedirect, IntercomResources.HelpCenterRedirectFields, NotEmpty = "target_id locale")]
    public sealed partial class NewIntercomHelpCenterRedirectCommand : ObjectChangeCmdlet<HelpCenterRedirect>
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? FromUrl { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.HelpCenterRedirects;

        protected override string Action => "Create redirect from " + FromUrl;
    }
}
