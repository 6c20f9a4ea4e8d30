namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Tags contacts, conversations, companies, tickets, articles, content snippets or internal articles (piped from the read cmdlets). A tag named by -Name that does not
    /// exist yet is created. Tagging an object that already has the tag counts as unchanged; a transient failure is
    /// retried, and tagging twice leaves one tag.
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = ContactSet)]
    [OutputType(typeof(Contact), typeof(Conversation), typeof(Company), typeof(Ticket), typeof(Article), typeof(ContentSnippet), typeof(InternalArticle))]
    public sealed partial class AddIntercomTagCommand : TagAssignmentCmdlet
    {
        protected override bool Untags => false;
    }
}
