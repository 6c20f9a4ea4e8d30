namespace IntercomPS.Cmdlets
{
    /// <summary>Gets newsfeeds, all of them (page by page) or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNewsfeed", HelpUri = HelpUris.Cmdlets + "Get-IntercomNewsfeed.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Newsfeed))]
    [IdParameter("NewsfeedId")]
    public sealed partial class GetIntercomNewsfeedCommand : GetObjectCmdlet<Newsfeed>
    {
        internal override ResourceDescriptor<Newsfeed> Resource => IntercomResources.Newsfeeds;
    }
}
