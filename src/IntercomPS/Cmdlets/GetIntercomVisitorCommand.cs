namespace IntercomPS.Cmdlets
{
    /// <summary>Gets Messenger visitors by the user_id Intercom gave them.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomVisitor", HelpUri = HelpUris.Cmdlets + "Get-IntercomVisitor.md")]
    [OutputType(typeof(Visitor))]
    public sealed class GetIntercomVisitorCommand : QueryLookupCmdlet<Visitor>
    {
        /// <summary>The visitor's user_id; piped visitors and conversation authors bind by UserId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("VisitorUserId")]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = new string[0];

        protected override string[] Keys => UserId;

        internal override ApiOperation Operation => IntercomResources.Visitors.Action("read");

        protected override string QueryParameter => "user_id";
    }
}
