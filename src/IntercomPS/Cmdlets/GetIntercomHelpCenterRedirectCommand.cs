namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the redirects of help centers (old addresses sent on to articles and collections), or some by id.</summary>
    // -RedirectId: Bound by RedirectId only (not Id): a piped help center's Id is no redirect.
    [IdParameter(Name = "RedirectId", Position = 1, ValueFromPipeline = false)]
    // -HelpCenterId: The help center; binds from piped help centers and redirects.
    [ParentIdParameter("HelpCenterId", "help_center_id")]
    public sealed partial class GetIntercomHelpCenterRedirectCommand : GetObjectCmdlet<HelpCenterRedirect>
    {
        internal override ResourceDescriptor<HelpCenterRedirect> Resource => IntercomResources.HelpCenterRedirects;
    }
}
