namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's tags, all or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTag", HelpUri = HelpUris.Cmdlets + "Get-IntercomTag.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Tag))]
    [IdParameter("TagId", Completer = typeof(TagIdCompleter))]
    public sealed partial class GetIntercomTagCommand : GetCachedObjectCmdlet<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;
    }
}
