namespace IntercomPS.Cmdlets
{
    /// <summary>Gets audiences, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Get-IntercomAudience.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Audience))]
    public sealed class GetIntercomAudienceCommand : GetObjectCmdlet<Audience>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("AudienceId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Audience> Resource => IntercomResources.Audiences;
    }
}
