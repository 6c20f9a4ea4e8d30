using IntercomPS.Engine.Export;
using IntercomPS.Engine.Search;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Exports every ticket created in [Since, Until) to a JSON Lines or CSV file, crash-safe: -Resume continues an
    /// interrupted run, -Incremental appends what is new since the last run.
    /// </summary>
    public sealed partial class ExportIntercomTicketCommand : ExportCmdlet<Ticket>
    {
        protected override string Noun => "tickets";

        internal override SearchFields SearchFields => IntercomResources.Tickets.SearchFields!;

        internal override Exporter<Ticket> CreateExporter() => IntercomExports.Tickets(ActiveConnection);
    }
}
