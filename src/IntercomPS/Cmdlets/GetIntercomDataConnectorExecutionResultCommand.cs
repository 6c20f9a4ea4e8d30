using System.Globalization;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets what a data connector's calls did (who called, the status, the error), newest first, page by page, or
    /// one result by id: the trail to follow when Fin or a workflow says a connector failed.
    /// </summary>
    [IdParameter("ExecutionResultId", Position = 1, ValueFromPipeline = false)]
    [ParentIdParameter("DataConnectorId", "data_connector_id")]
    public sealed partial class GetIntercomDataConnectorExecutionResultCommand : GetObjectCmdlet<DataConnectorExecutionResult>
    {
        /// <summary>Only the calls that succeeded ($true) or failed ($false).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public bool? Success { get; set; }

        /// <summary>Only the failures of this kind (timeout, http_error...).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? ErrorType { get; set; }

        /// <summary>Only the calls made at or after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Since { get; set; }

        /// <summary>Only the calls made before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? Until { get; set; }

        /// <summary>Includes each call's request and response bodies (they may hold customer data).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeBodies { get; set; }

        internal override ResourceDescriptor<DataConnectorExecutionResult> Resource => IntercomResources.DataConnectorExecutionResults;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => QueryPairs.Of(
            ("success", Success?.ToString().ToLowerInvariant()),
            ("error_type", ErrorType),
            ("start_ts", Since?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("end_ts", Until?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ("include_bodies", IncludeBodies.IsPresent ? "true" : null));
    }
}
