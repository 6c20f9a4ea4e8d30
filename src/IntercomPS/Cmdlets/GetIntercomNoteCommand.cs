namespace IntercomPS.Cmdlets
{
    /// <summary>Gets notes by id. A contact's or company's notes: Get-IntercomContactNote, Get-IntercomCompanyNote.</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet, SupportsPaging = false)]
    [IdParameter("NoteId")]
    public sealed partial class GetIntercomNoteCommand : GetObjectCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;
    }
}
