namespace IntercomPS.Cmdlets
{
    /// <summary>Replaces external pages (PUT): pipe the page in, so that the fields not given are sent as they are.</summary>
    [IdParameter("ExternalPageId", ValueFromPipeline = false)]
    [PassThruParameter]
    public sealed partial class SetIntercomExternalPageCommand : ExternalPageFieldsCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary>Your id of the page, unique within its source.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? ExternalId { get; set; }

        /// <summary>Whether the AI agent (Fin) answers from the page.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? FinAvailability { get; set; }
    }
}
