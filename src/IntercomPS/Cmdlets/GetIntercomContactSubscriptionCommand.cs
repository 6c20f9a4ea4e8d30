namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the subscription types contacts have chosen to opt in to or out of.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactSubscription", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactSubscription.md", SupportsPaging = true)]
    [OutputType(typeof(SubscriptionType))]
    public sealed class GetIntercomContactSubscriptionCommand : ContactListCmdlet<SubscriptionType>
    {
        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation ListOperation => IntercomResources.SubscriptionTypes.Action("contact");
    }
}
