namespace IntercomPS.Cmdlets
{
    /// <summary>Merges leads into a user: the lead's data moves to the user and the lead is gone (irreversible).</summary>
    [OutputType(typeof(Contact))]
    [PassThruParameter]
    public sealed partial class MergeIntercomContactCommand : ChangeCmdlet
    {
        /// <summary>The lead to merge (and remove).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId", "LeadId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The user the lead is merged into.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        public string Into { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            var into = Into;
            foreach (var id in Id)
            {
                QueueChange("lead contact " + id, $"Merge into user contact {into} (the lead is removed)", id, token => changes.MergeAsync(id, into, token));
            }
        }
    }
}
