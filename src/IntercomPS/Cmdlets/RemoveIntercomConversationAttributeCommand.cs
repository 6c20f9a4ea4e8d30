namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Archives conversation attributes (Intercom's delete): they leave the Inbox, and conversations keep their values.
    /// ConfirmImpact High.
    /// </summary>
    // -ConversationAttributeId: Bound from piped objects by ConversationAttributeId only (not Id), so piping another kind of object archives nothing.
    [IdParameter(Name = "ConversationAttributeId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomConversationAttributeCommand : SetObjectCmdlet<ConversationAttribute>
    {
        internal override ResourceDescriptor Resource => IntercomResources.ConversationAttributes;

        protected override string Action => "Archive conversation attribute";
    }
}
