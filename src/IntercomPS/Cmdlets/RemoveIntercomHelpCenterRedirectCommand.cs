namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes help center redirects. ConfirmImpact High: links to the old address break at once.</summary>
    [OutputType(typeof(void))]
    // -RedirectId: Bound from piped objects by RedirectId only (not Id), so piping a help center deletes nothing.
    [IdParameter(Name = "RedirectId", Position = 1, ValueFromPipeline = false)]
    [ParentIdParameter("HelpCenterId", "help_center_id")]
    public sealed partial class RemoveIntercomHelpCenterRedirectCommand : ObjectChangeCmdlet<HelpCenterRedirect>
    {
        internal override ResourceDescriptor Resource => IntercomResources.HelpCenterRedirects;
    }
}
