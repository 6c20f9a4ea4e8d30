namespace IntercomPS.Cmdlets
{
    /// <summary>Gets newsfeeds, all of them (page by page) or by id.</summary>
    [IdParameter("NewsfeedId")]
    public sealed partial class GetIntercomNewsfeedCommand : GetObjectCmdlet<Newsfeed>
    {
        internal override ResourceDescriptor<Newsfeed> Resource => IntercomResources.Newsfeeds;
    }
}
