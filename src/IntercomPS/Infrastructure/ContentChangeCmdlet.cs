namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared fields of New- and Set- of the knowledge content Fin and Copilot read (articles, internal articles,
    /// content snippets): who sees it (-AudienceIds) and which AI agents may use it. Their declared writable fields
    /// put them in the body; the cmdlet declares the rest, and its id and -PassThru when it changes an existing object.
    /// </summary>
    public abstract class ContentChangeCmdlet<TResult> : ObjectChangeCmdlet<TResult> where TResult : IntercomObject
    {
        [Parameter()]
        public long[]? AudienceIds { get; set; }

        [Parameter()]
        public SwitchParameter AiChatbotAvailability { get; set; }

        [Parameter()]
        public SwitchParameter AiCopilotAvailability { get; set; }

        [Parameter()]
        public SwitchParameter AiSalesAgentAvailability { get; set; }
    }
}
