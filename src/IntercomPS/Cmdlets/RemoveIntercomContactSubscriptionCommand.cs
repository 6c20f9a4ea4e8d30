namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Removes contacts' explicit choice for a subscription type, so the type's default applies again (an opt-in type
    /// stops, an opt-out type resumes). A contact without that choice counts as unchanged.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class RemoveIntercomContactSubscriptionCommand : ContactChangeCmdlet<SubscriptionType>
    {
        /// <summary>The subscription type's id; bound from a piped subscription type.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string SubscriptionTypeId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation Operation => IntercomResources.SubscriptionTypes.Action("remove");

        protected override string Action => $"Remove the contact's choice for subscription type {SubscriptionTypeId}";

        protected override IReadOnlyDictionary<string, string> ContactValues(string contactId) =>
            PathValues.Of("contact_id", contactId, "subscription_id", SubscriptionTypeId);
    }
}
