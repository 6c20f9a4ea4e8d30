using IntercomPS.Engine.Export;
using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>Exports every contact created in [Since, Until) to a JSON Lines or CSV file, crash-safe and resumable.</summary>
    [Cmdlet(VerbsData.Export, "IntercomContact", HelpUri = HelpUris.Cmdlets + "Export-IntercomContact.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ExportResult))]
    public sealed class ExportIntercomContactCommand : ExportCmdlet<Contact>
    {
        protected override string Noun => "contacts";

        internal override SearchFields SearchFields => IntercomResources.Contacts.SearchFields!;

        internal override Exporter<Contact> CreateExporter() => IntercomExports.Contacts(ActiveConnection);
    }
}
