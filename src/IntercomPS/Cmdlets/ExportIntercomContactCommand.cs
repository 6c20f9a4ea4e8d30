using IntercomPS.Engine.Export;
using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>Exports every contact created in [Since, Until) to a JSON Lines or CSV file, crash-safe and resumable.</summary>
    public sealed partial class ExportIntercomContactCommand : ExportCmdlet<Contact>
    {
        protected override string Noun => "contacts";

        internal override SearchFields SearchFields => IntercomResources.Contacts.SearchFields!;

        internal override Exporter<Contact> CreateExporter() => IntercomExports.Contacts(ActiveConnection);
    }
}
