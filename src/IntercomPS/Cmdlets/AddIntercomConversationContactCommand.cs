namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Adds contacts to a conversation as participants (a group conversation), by contact id (piped contacts bind by
    /// their Id) or by email. The admin named by -AdminId is recorded as the one who added them.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [IdParameter(Name = "ConversationId", ValueFromPipeline = false, ValueFromPipelineByPropertyName = false)]
    public sealed partial class AddIntercomConversationContactCommand : SetObjectCmdlet<Conversation>
    {
        private const string IdSet = "Id";
        private const string EmailSet = "Email";

        /// <summary>The contact to add.</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string ContactId { get; set; } = string.Empty;

        /// <summary>The email of the contact to add.</summary>
        [Parameter(ParameterSetName = EmailSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; } = string.Empty;

        /// <summary>The admin who adds the contact.</summary>
        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string AdminId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Conversations;

        internal override ApiOperation Operation => IntercomResources.Conversations.Action("attach_contact");

        protected override string Action => "Add contact " + (ParameterSetName == EmailSet ? Email : ContactId);
    }
}
