namespace IntercomPS.Cmdlets
{
    /// <summary>Creates external pages under a content import source, for the AI agent and Copilot to answer from.</summary>
    public sealed partial class NewIntercomExternalPageCommand : ExternalPageFieldsCmdlet
    {
        /// <summary>Your id of the page, unique within its source.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? ExternalId { get; set; }

        /// <summary>The page's address. Not bound from piped objects: a piped source's Url is the website's, not the page's.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary>Whether the AI agent (Fin) answers from the page; Intercom's default when not given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? AiAgentAvailability { get; set; }

        /// <summary>Whether Copilot answers from the page; Intercom's default when not given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? AiCopilotAvailability { get; set; }

        protected override string Action => $"Create external page '{Title}'";
    }
}
