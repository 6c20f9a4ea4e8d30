namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Records contacts' explicit choice for a subscription type: opted in to an opt-in type, opted out of an
    /// opt-out type. Recording a choice twice records it once, so a rerun is safe.
    /// </summary>
    public sealed partial class AddIntercomContactSubscriptionCommand : ContactSubscriptionCmdlet
    {
        /// <summary>opt_in or opt_out; the subscription type's own consent type when not given.</summary>
        [Parameter]
        [ValidateSet("opt_in", "opt_out")]
        public string? ConsentType { get; set; }

        protected override string ActionName => "add";

        protected override string Action =>
            $"Record the contact's choice for subscription type {SubscriptionTypeId}" + (ConsentType == null ? string.Empty : $" ({ConsentType})");

        /// <summary>Intercom wants the consent type with the id; the subscription type says it (from the cached list).</summary>
        internal override ChangePreparation? Preparation
        {
            get
            {
                var typeId = SubscriptionTypeId.Trim();
                var consent = ConsentType;
                var client = ActiveConnection.Resources;
                return async (values, body, token) =>
                {
                    body["id"] = typeId;
                    body["consent_type"] = consent
                        ?? (await client.GetAsync(IntercomResources.SubscriptionTypes, PathValues.Of("subscription_id", typeId), token).ConfigureAwait(false)).ConsentType;
                };
            }
        }
    }
}
