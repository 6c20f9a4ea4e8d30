namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's tags, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTag", HelpUri = HelpUris.Cmdlets + "Get-IntercomTag.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Tag))]
    public sealed class GetIntercomTagCommand : GetCachedObjectCmdlet<Tag>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;
    }
}
