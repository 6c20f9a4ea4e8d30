namespace IntercomPS.Cmdlets
{
    /// <summary>Gets notes by id. A contact's or company's notes: Get-IntercomContactNote, Get-IntercomCompanyNote.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomNote", HelpUri = HelpUris.Cmdlets + "Get-IntercomNote.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Note))]
    [IdParameter("NoteId")]
    public sealed partial class GetIntercomNoteCommand : GetObjectCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;
    }
}
