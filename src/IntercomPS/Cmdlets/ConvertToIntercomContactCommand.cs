namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Converts Messenger visitors into contacts (a lead or a user), merging each into the contact named: the visitor
    /// is gone afterwards. ConfirmImpact High: a merge cannot be undone.
    /// </summary>
    [CmdletOptions(ConfirmImpact.High, DefaultParameterSetName = VisitorUserIdSet)]
    public sealed partial class ConvertToIntercomContactCommand : ObjectChangeCmdlet<Contact>
    {
        private const string VisitorUserIdSet = "VisitorUserId";
        private const string VisitorIdSet = "VisitorId";
        private const string VisitorEmailSet = "VisitorEmail";

        /// <summary>The visitor's user_id; piped visitors bind by their VisitorUserId.</summary>
        [Parameter(ParameterSetName = VisitorUserIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? VisitorUserId { get; set; }

        [Parameter(ParameterSetName = VisitorIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? VisitorId { get; set; }

        [Parameter(ParameterSetName = VisitorEmailSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? VisitorEmail { get; set; }

        /// <summary>What the visitor becomes: a user or a lead.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("user", "lead")]
        public string Role { get; set; } = string.Empty;

        /// <summary>Intercom's id of the contact the visitor is merged into.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContactId { get; set; }

        /// <summary>Your user_id (external id) of the contact the visitor is merged into, or to give the new contact.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContactUserId { get; set; }

        /// <summary>The email the contact keeps.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContactEmail { get; set; }

        protected override void BeginProcessing()
        {
            if (ContactId == null && ContactUserId == null)
            {
                const string message = "Name the contact the visitor becomes: give -ContactId (an existing contact) or -ContactUserId.";
                ThrowTerminatingError(ErrorRecords.Create(new System.ArgumentException(message), "ContactNotNamed", ErrorCategory.InvalidArgument, null, message));
            }
            base.BeginProcessing();
        }

        internal override ResourceDescriptor Resource => IntercomResources.Visitors;

        internal override ApiOperation Operation => IntercomResources.Visitors.Action("convert");

        protected override string Action => "Convert to a " + Role + " (the visitor is merged and removed)";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "visitor " + (VisitorUserId ?? VisitorId ?? VisitorEmail);
    }
}
