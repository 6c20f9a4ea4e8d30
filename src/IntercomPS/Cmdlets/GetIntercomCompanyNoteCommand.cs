namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the notes admins wrote about companies, newest first.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCompanyNote", HelpUri = HelpUris.Cmdlets + "Get-IntercomCompanyNote.md", SupportsPaging = true)]
    [OutputType(typeof(Note))]
    public sealed class GetIntercomCompanyNoteCommand : CompanyListCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;

        internal override ApiOperation ListOperation => IntercomResources.Notes.Action("company");
    }
}
