namespace IntercomPS.Cmdlets
{
    /// <summary>Gets notes by id. A contact's or company's notes: Get-IntercomContactNote, Get-IntercomCompanyNote.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNote", HelpUri = HelpUris.Cmdlets + "Get-IntercomNote.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Note))]
    public sealed class GetIntercomNoteCommand : GetObjectCmdlet<Note>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("NoteId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;
    }
}
