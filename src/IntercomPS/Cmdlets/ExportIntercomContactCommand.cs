using IntercomPS.Engine.Export;

namespace IntercomPS.Cmdlets
{
    /// <summary>Exports every contact created in [Since, Until) to a JSON Lines or CSV file, crash-safe and resumable.</summary>
    public sealed partial class ExportIntercomContactCommand : ExportCmdlet<Contact>
    {
        internal override Exporter<Contact> CreateExporter() => IntercomExports.Contacts(ActiveConnection);
    }
}
