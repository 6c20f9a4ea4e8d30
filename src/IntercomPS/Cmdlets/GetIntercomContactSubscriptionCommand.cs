namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the subscription types contacts have chosen to opt in to or out of.</summary>
    public sealed partial class GetIntercomContactSubscriptionCommand : ContactListCmdlet<SubscriptionType>
    {
        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;

        internal override ApiOperation ListOperation => IntercomResources.SubscriptionTypes.Action("contact");
    }
}
