namespace IntercomPS.Cmdlets
{
    /// <summary>Lists the reasons admins can give for being away (for Set-IntercomAdmin -AwayStatusReasonId).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomAwayStatusReason", HelpUri = HelpUris.Cmdlets + "Get-IntercomAwayStatusReason.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(AwayStatusReason))]
    public sealed class GetIntercomAwayStatusReasonCommand : GetCachedObjectCmdlet<AwayStatusReason>
    {
        protected override string[] Ids => new string[0];

        internal override ResourceDescriptor<AwayStatusReason> Resource => IntercomResources.AwayStatusReasons;
    }
}
