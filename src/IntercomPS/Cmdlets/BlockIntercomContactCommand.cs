namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Blocks contacts (spam, abuse): they can no longer message the workspace, and Intercom archives their
    /// conversations. The API has no unblock, so ConfirmImpact is High: it asks unless -Force.
    /// </summary>
    public sealed partial class BlockIntercomContactCommand : ContactChangeCmdlet<ContactBlocked>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Contacts;

        internal override ApiOperation Operation => IntercomResources.Contacts.Action("block");

        protected override string Action => "Block the contact and archive its conversations (the API cannot unblock)";
    }
}
