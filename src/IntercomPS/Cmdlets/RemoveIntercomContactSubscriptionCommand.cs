using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Removes contacts' explicit choice for a subscription type, so the type's default applies again (an opt-in type
    /// stops, an opt-out type resumes). A contact without that choice counts as unchanged.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomContactSubscription", HelpUri = HelpUris.Cmdlets + "Remove-IntercomContactSubscription.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(SubscriptionType))]
    public sealed class RemoveIntercomContactSubscriptionCommand : ObjectChangeCmdlet<SubscriptionType>
    {
        /// <summary>The contacts' ids; bound from piped contacts (ContactId) and strings.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>The subscription type's id; bound from a piped subscription type.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string SubscriptionTypeId { get; set; } = string.Empty;

        /// <summary>Writes the subscription type as Intercom answers for each contact.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation Operation => IntercomResources.SubscriptionTypes.Action("remove");

        protected override string Action => $"Remove the contact's choice for subscription type {SubscriptionTypeId}";

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Targets =>
            ContactId.Select(id => PathValues.Of("contact_id", id, "subscription_id", SubscriptionTypeId));

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "contact " + values["contact_id"];
    }
}
