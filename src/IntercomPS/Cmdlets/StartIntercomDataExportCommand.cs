namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Starts a content data export: Intercom gathers the messages (and their stats) created in [Since, Until) into a
    /// gzipped CSV. Writes the job; follow it with Get-IntercomDataExport and fetch the file with Save-IntercomDataExport.
    /// </summary>
    public sealed partial class StartIntercomDataExportCommand : ObjectChangeCmdlet<DataExport>
    {
        /// <summary>Start of the range (inclusive).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset Since { get; set; }

        /// <summary>End of the range; now when not given.</summary>
        [Parameter(Position = 1)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Until { get; set; }

        private DateTimeOffset End => Until ?? DateTimeOffset.UtcNow;

        protected override void BeginProcessing()
        {
            if (End <= Since)
            {
                var message = $"-Until ({End:o}) must be later than -Since ({Since:o}).";
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "EmptyRange", ErrorCategory.InvalidArgument, Since, message));
            }
            base.BeginProcessing();
        }

        internal override ResourceDescriptor Resource => IntercomResources.DataExports;

        internal override ApiOperation Operation => IntercomResources.DataExports.Create!;

        protected override string Action => string.Format(System.Globalization.CultureInfo.InvariantCulture, "Export the content data created from {0:u} to {1:u}", Since.ToUniversalTime(), End.ToUniversalTime());

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "new data export";

        protected override IDictionary<string, object?>? ExtraBody => new Dictionary<string, object?>
        {
            ["created_at_after"] = Since.ToUnixTimeSeconds(),
            ["created_at_before"] = End.ToUnixTimeSeconds(),
        };
    }
}
