namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's tags, all or by id.</summary>
    [IdParameter("TagId", Completer = typeof(TagIdCompleter))]
    public sealed partial class GetIntercomTagCommand : GetCachedObjectCmdlet<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;
    }
}
