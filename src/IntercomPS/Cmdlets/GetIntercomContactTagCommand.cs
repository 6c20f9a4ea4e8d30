namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the tags applied to contacts, with when and by whom.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactTag", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactTag.md", SupportsPaging = true)]
    [OutputType(typeof(Tag))]
    public sealed class GetIntercomContactTagCommand : ContactListCmdlet<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;

        internal override ApiOperation ListOperation => IntercomResources.Tags.Action("contact");
    }
}
