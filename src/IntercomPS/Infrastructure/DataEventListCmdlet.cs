namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of Get-IntercomDataEvent and Get-IntercomDataEventSummary: GET /events for each user named by
    /// Intercom's id (piped contacts), your user_id, or email. A user Intercom cannot find is a non-terminating error.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = ContactIdSet)]
    public abstract class DataEventListCmdlet<T> : ListObjectCmdlet<T> where T : IntercomObject
    {
        protected const string ContactIdSet = "ContactId";
        protected const string UserIdSet = "UserId";
        protected const string EmailSet = "Email";

        /// <summary>Intercom's ids of the contacts; bound from piped contacts and strings.</summary>
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>The users' ids in your systems (contacts' ExternalId).</summary>
        [Parameter(ParameterSetName = UserIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId")]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = new string[0];

        /// <summary>The users' emails.</summary>
        [Parameter(ParameterSetName = EmailSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Email { get; set; } = new string[0];

        /// <summary>Query members beyond the user (summary=true for the summaries).</summary>
        protected virtual IEnumerable<KeyValuePair<string, string>> ExtraQuery => new KeyValuePair<string, string>[0];

        protected override bool ListsPerRecord => true;

        protected override void ProcessRecord()
        {
            var (member, values) = ParameterSetName switch
            {
                UserIdSet => ("user_id", UserId),
                EmailSet => ("email", Email),
                _ => ("intercom_user_id", ContactId),
            };
            foreach (var value in values)
            {
                var query = new List<KeyValuePair<string, string>>
                {
                    new KeyValuePair<string, string>("type", "user"),
                    new KeyValuePair<string, string>(member, value),
                };
                query.AddRange(ExtraQuery);
                WriteListFor(NoValues, query, value);
            }
        }
    }
}
