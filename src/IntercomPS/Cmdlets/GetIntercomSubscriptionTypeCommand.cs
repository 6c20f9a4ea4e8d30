namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's subscription types (the topics contacts opt in to or out of), all or by id.</summary>
    [IdParameter("SubscriptionTypeId")]
    public sealed partial class GetIntercomSubscriptionTypeCommand : GetCachedObjectCmdlet<SubscriptionType>
    {
        internal override ResourceDescriptor<SubscriptionType> Resource => IntercomResources.SubscriptionTypes;
    }
}
