namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes conversations permanently. ConfirmImpact High: asks for each one unless -Force or -Confirm:$false.
    /// -RetainMetrics keeps them in reporting.
    /// </summary>
    [OutputType(typeof(void))]
    [IdParameter("ConversationId")]
    public sealed partial class RemoveIntercomConversationCommand : ObjectChangeCmdlet<ConversationDeleted>
    {
        /// <summary>Keeps the conversation's metrics in reporting after it is deleted.</summary>
        [Parameter]
        public SwitchParameter RetainMetrics { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        protected override string Action => "Delete the conversation permanently (its parts included; this cannot be undone)";

        protected override IEnumerable<KeyValuePair<string, string>>? RequestQuery =>
            RetainMetrics.IsPresent ? new[] { new KeyValuePair<string, string>("retain_metrics", "true") } : null;
    }
}
