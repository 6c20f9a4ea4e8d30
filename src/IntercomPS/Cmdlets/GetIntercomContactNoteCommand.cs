namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the notes admins wrote about contacts, newest first.</summary>
    public sealed partial class GetIntercomContactNoteCommand : ContactListCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;

        internal override ApiOperation ListOperation => IntercomResources.Notes.Action("contact");
    }
}
