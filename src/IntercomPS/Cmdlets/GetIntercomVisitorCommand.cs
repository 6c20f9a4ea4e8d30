namespace IntercomPS.Cmdlets
{
    /// <summary>Gets Messenger visitors by the user_id Intercom gave them.</summary>
    // -UserId: The visitor's user_id; piped visitors and conversation authors bind by UserId.
    [IdParameter("VisitorUserId", Name = "UserId")]
    public sealed partial class GetIntercomVisitorCommand : QueryLookupCmdlet<Visitor>
    {
        internal override ApiOperation Operation => IntercomResources.Visitors.Action("read");

        protected override string QueryParameter => "user_id";
    }
}
