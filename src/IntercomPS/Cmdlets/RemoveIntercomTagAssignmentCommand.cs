namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Takes a tag off contacts, conversations, companies, tickets, articles, content snippets or internal articles; the tag itself stays in the workspace (to delete it
    /// everywhere, use Remove-IntercomTag). An object without the tag counts as unchanged where Intercom says so.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium, DefaultParameterSetName = ContactSet)]
    [OutputType(typeof(Contact), typeof(Conversation), typeof(Company), typeof(Ticket), typeof(Article), typeof(ContentSnippet), typeof(InternalArticle))]
    public sealed partial class RemoveIntercomTagAssignmentCommand : TagAssignmentCmdlet
    {
        protected override bool Untags => true;
    }
}
