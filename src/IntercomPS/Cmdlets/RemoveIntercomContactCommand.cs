namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes contacts for good (ConfirmImpact High: asks unless -Force). A contact that is already gone counts as
    /// unchanged, not failed, so a rerun after an interruption is clean.
    /// </summary>
    [OutputType(typeof(void))]
    public sealed partial class RemoveIntercomContactCommand : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override bool WritesResults => false;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            foreach (var id in Id)
            {
                QueueChange("contact " + id, "Delete the contact permanently", id, token => changes.DeleteAsync(id, token));
            }
        }
    }
}
