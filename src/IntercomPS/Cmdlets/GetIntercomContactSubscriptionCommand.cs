using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>ContactListCmdlet</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactSubscription", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactSubscription.md", SupportsPaging = true)]
    [OutputType(typeof(SubscriptionType))]
    public sealed class GetIntercomContactSubscriptionCommand : <SubscriptionType>
    {
        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation ListOperation => IntercomResources.SubscriptionTypes.Action("contact");
    }
}
