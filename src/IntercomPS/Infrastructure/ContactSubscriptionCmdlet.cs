namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that record and remove contacts' explicit choice for a subscription type: the
    /// contacts (from <see cref="ContactChangeCmdlet{TResult}"/>), the subscription type (bound from a piped one), and
    /// the subscription type Intercom answers with.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public abstract class ContactSubscriptionCmdlet : ContactChangeCmdlet<SubscriptionType>
    {
        /// <summary>The subscription type's id (Get-IntercomSubscriptionType lists them); bound from a piped subscription type.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string SubscriptionTypeId { get; set; } = string.Empty;

        /// <summary>The declared action of the subscription types this cmdlet sends (add, remove).</summary>
        protected abstract string ActionName { get; }

        internal override ResourceDescriptor Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation Operation => IntercomResources.SubscriptionTypes.Action(ActionName);
    }
}
