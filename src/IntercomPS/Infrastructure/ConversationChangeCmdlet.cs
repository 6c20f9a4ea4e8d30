namespace IntercomPS.Infrastructure
{
    /// <summary>Shared parameters of the conversation change cmdlets.</summary>
    [PassThruParameter]
    [CmdletOptions(OutputType = typeof(Conversation))]
    public abstract partial class ConversationChangeCmdlet : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ConversationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The admin who acts; defaults to the connection's admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }
    }
}
