namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the tags applied to contacts, with when and by whom.</summary>
    public sealed partial class GetIntercomContactTagCommand : ContactListCmdlet<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;

        internal override ApiOperation ListOperation => IntercomResources.Tags.Action("contact");
    }
}
