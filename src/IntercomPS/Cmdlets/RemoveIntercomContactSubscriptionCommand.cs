namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Removes contacts' explicit choice for a subscription type, so the type's default applies again (an opt-in type
    /// stops, an opt-out type resumes). A contact without that choice counts as unchanged.
    /// </summary>
    public sealed partial class RemoveIntercomContactSubscriptionCommand : ContactSubscriptionCmdlet
    {
        protected override string ActionName => "remove";

        protected override string Action => $"Remove the contact's choice for subscription type {SubscriptionTypeId}";

        protected override IReadOnlyDictionary<string, string> ContactValues(string contactId) =>
            PathValues.Of("contact_id", contactId, "subscription_id", SubscriptionTypeId);
    }
}
