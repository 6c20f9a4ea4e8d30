namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Deletes tags from the whole workspace: every contact, conversation and company loses them. ConfirmImpact
    /// High. To take a tag off some objects only, use Remove-IntercomTagAssignment: the two are separate cmdlets so
    /// that a forgotten parameter can never turn an untag into a workspace-wide delete.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [OutputType(typeof(void))]
    public sealed partial class RemoveIntercomTagCommand : ChangeCmdlet
    {
        private const string IdSet = "Id";
        private const string NameSet = "Name";

        /// <summary>
        /// The tag's id. Bound from piped tags by their TagId only (not Id), so piping contacts or conversations here
        /// binds nothing and deletes nothing.
        /// </summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] TagId { get; set; } = new string[0];

        /// <summary>The tag's name (never bound from the pipeline).</summary>
        [Parameter(ParameterSetName = NameSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        public string[] Name { get; set; } = new string[0];

        protected override bool WritesResults => false;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.TagChanges;
            const string action = "Delete the tag from the workspace (it is removed from every contact, conversation and company)";
            if (ParameterSetName == IdSet)
            {
                foreach (var id in TagId) QueueChange("tag " + id, action, id, token => changes.DeleteAsync(id, token));
                return;
            }
            foreach (var name in Name)
            {
                QueueChange($"tag '{name}'", action, name, async token =>
                {
                    var tag = await changes.FindByNameAsync(name, token).ConfigureAwait(false)
                              ?? throw new ItemNotFoundException($"The workspace has no tag named '{name}'. Run Get-IntercomTag to see the tags.");
                    return await changes.DeleteAsync(tag.Id!, token).ConfigureAwait(false);
                });
            }
        }
    }
}
