namespace IntercomPS.Cmdlets
{
    /// <summary>Gets newsfeeds, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsfeed", HelpUri = HelpUris.Cmdlets + "Get-IntercomNewsfeed.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Newsfeed))]
    public sealed class GetIntercomNewsfeedCommand : GetObjectCmdlet<Newsfeed>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("NewsfeedId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Newsfeed> Resource => IntercomResources.Newsfeeds;
    }
}
