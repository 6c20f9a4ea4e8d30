namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the notes admins wrote about companies, newest first.</summary>
    public sealed partial class GetIntercomCompanyNoteCommand : CompanyListCmdlet<Note>
    {
        internal override ResourceDescriptor<Note> Resource => IntercomResources.Notes;

        internal override ApiOperation ListOperation => IntercomResources.Notes.Action("company");
    }
}
