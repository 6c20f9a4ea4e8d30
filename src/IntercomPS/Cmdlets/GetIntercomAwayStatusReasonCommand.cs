namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the reasons admins can give for being away (for Set-IntercomAdmin -AwayStatusReasonId).</summary>
    public sealed partial class GetIntercomAwayStatusReasonCommand : GetCachedObjectCmdlet<AwayStatusReason>
    {
        protected override string[] Ids => new string[0];

        internal override ResourceDescriptor<AwayStatusReason> Resource => IntercomResources.AwayStatusReasons;
    }
}
