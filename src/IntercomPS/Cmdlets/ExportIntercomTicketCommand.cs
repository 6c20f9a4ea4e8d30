using IntercomPS.Engine.Export;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Exports every ticket created in [Since, Until) to a JSON Lines or CSV file, crash-safe: -Resume continues an
    /// interrupted run, -Incremental appends what is new since the last run.
    /// </summary>
    public sealed partial class ExportIntercomTicketCommand : ExportCmdlet<Ticket>
    {
        internal override Exporter<Ticket> CreateExporter() => IntercomExports.Tickets(ActiveConnection);
    }
}
