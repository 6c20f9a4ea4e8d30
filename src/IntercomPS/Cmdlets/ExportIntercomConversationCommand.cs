using IntercomPS.Engine.Export;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Exports every conversation created in [Since, Until) to a JSON Lines or CSV file, crash-safe: -Resume continues
    /// an interrupted run, -Incremental appends what is new since the last run.
    /// </summary>
    public sealed partial class ExportIntercomConversationCommand : ExportCmdlet<Conversation>
    {
        /// <summary>Each conversation with its parts (one more request per conversation).</summary>
        [Parameter]
        public SwitchParameter IncludeParts { get; set; }

        [Parameter]
        [ValidateRange(1, 32)]
        public int PartsThrottleLimit { get; set; } = 5;

        protected override void BeginProcessing()
        {
            RequireCompanion(nameof(PartsThrottleLimit), nameof(IncludeParts));
            base.BeginProcessing();
        }

        internal override Exporter<Conversation> CreateExporter() => IntercomExports.Conversations(ActiveConnection);

        internal override void Configure(ExportRequest request)
        {
            request.IncludeParts = IncludeParts.IsPresent;
            request.PartsThrottleLimit = PartsThrottleLimit;
        }
    }
}
