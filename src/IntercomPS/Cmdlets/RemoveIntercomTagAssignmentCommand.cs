using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Takes a tag off contacts, conversations, companies, tickets, articles, content snippets or internal articles; the tag itself stays in the workspace (to delete it
    /// everywhere, use Remove-IntercomTag). An object without the tag counts as unchanged where Intercom says so.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomTagAssignment", HelpUri = HelpUris.Cmdlets + "Remove-IntercomTagAssignment.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ContactSet)]
    [OutputType(typeof(Contact), typeof(Conversation), typeof(Company), typeof(Ticket), typeof(Article), typeof(ContentSnippet), typeof(InternalArticle))]
    public sealed class RemoveIntercomTagAssignmentCommand : TagAssignmentCmdlet
    {
        protected override bool CreatesMissingTag => false;

        protected override string Verb => "Remove";

        protected override Task<ChangeResult> ApplyAsync(IntercomConnection connection, string kind, string id, Tag tag, string admin, CancellationToken token) =>
            kind switch
            {
                "conversation" => connection.ConversationChanges.UntagAsync(id, tag.Id!, admin, token),
                "company" => connection.TagChanges.TagCompanyAsync(id, tag.Name!, untag: true, token),
                _ => connection.ContactChanges.UntagAsync(id, tag.Id!, token),
            };
    }
}
