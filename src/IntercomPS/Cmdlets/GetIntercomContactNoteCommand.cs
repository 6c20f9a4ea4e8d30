namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the notes admins wrote about contacts, newest first.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomContactNote", HelpUri = HelpUris.Cmdlets + "Get-IntercomContactNote.md", SupportsPaging = true)]
    [OutputType(typeof(Note))]
    public sealed class GetIntercomContactNoteCommand : ContactListCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;

        internal override ApiOperation ListOperation => IntercomResources.Notes.Action("contact");
    }
}
