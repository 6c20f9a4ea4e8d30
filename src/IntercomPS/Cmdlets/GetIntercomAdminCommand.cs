namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's admins (teammates), all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAdmin", HelpUri = HelpUris.Cmdlets + "Get-IntercomAdmin.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Admin))]
    public sealed class GetIntercomAdminCommand : GetCachedObjectCmdlet<Admin>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AdminId", "AdminAssigneeId")]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Admin> Resource => IntercomResources.Admins;
    }
}
