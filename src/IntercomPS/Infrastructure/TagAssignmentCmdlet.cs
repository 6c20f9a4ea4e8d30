using IntercomPS.Engine.Connection;

namespace IntercomPS.Infrastructure
{
    /// <summary>Shared body of Add-IntercomTag and Remove-IntercomTagAssignment: which tag, and which objects.</summary>
    [PassThruParameter]
    public abstract partial class TagAssignmentCmdlet : ChangeCmdlet
    {
        protected const string ContactSet = "Contact";
        protected const string ConversationSet = "Conversation";
        protected const string CompanySet = "Company";
        protected const string TicketSet = "Ticket";
        protected const string ArticleSet = "Article";
        protected const string ContentSnippetSet = "ContentSnippet";
        protected const string InternalArticleSet = "InternalArticle";

        /// <summary>
        /// The tag's name. Never bound from the pipeline: piped contacts have a Name too, and it must not become the tag.
        /// </summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagNameCompleter))]
        public string? Name { get; set; }

        /// <summary>The tag's id (instead of -Name).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(TagIdCompleter))]
        public string? TagId { get; set; }

        [Parameter(ParameterSetName = ContactSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        [Parameter(ParameterSetName = ConversationSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>The company id your systems gave the company (company_id), as piped companies carry it.</summary>
        [Parameter(ParameterSetName = CompanySet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] CompanyId { get; set; } = new string[0];

        /// <summary>Ids of tickets (as the API gives them, not the Inbox number); binds from piped tickets.</summary>
        [Parameter(ParameterSetName = TicketSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] TicketId { get; set; } = new string[0];

        /// <summary>Ids of help center articles; binds from piped articles.</summary>
        [Parameter(ParameterSetName = ArticleSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ArticleId { get; set; } = new string[0];

        /// <summary>Ids of content snippets (the AI agent's knowledge); binds from piped snippets.</summary>
        [Parameter(ParameterSetName = ContentSnippetSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContentSnippetId { get; set; } = new string[0];

        /// <summary>Ids of internal articles; binds from piped internal articles.</summary>
        [Parameter(ParameterSetName = InternalArticleSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] InternalArticleId { get; set; } = new string[0];

        /// <summary>
        /// The admin who acts on conversations and tickets (defaults to the connection's admin); on content, whom the
        /// tagging is attributed to (defaults to the token's teammate).
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }

        private readonly object _tagGate = new object();
        private Task<Tag>? _tag;

        /// <summary>
        /// True to take the tag off the objects (Remove-IntercomTagAssignment), false to put it on (Add-IntercomTag,
        /// which also creates a tag named by -Name that the workspace does not have yet).
        /// </summary>
        protected abstract bool Untags { get; }

        /// <summary>The kinds tagged through their resource's declared "tag" and "untag" actions, by the kind's name.</summary>
        private static readonly Dictionary<string, ResourceDescriptor> DeclaredKinds = new Dictionary<string, ResourceDescriptor>(StringComparer.Ordinal)
        {
            ["ticket"] = IntercomResources.Tickets,
            ["article"] = IntercomResources.Articles,
            ["content snippet"] = IntercomResources.ContentSnippets,
            ["internal article"] = IntercomResources.InternalArticles,
        };

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if ((Name == null) == (TagId == null))
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException("Give the tag by -Name or by -TagId (one of them)."), "TagNotGiven", ErrorCategory.InvalidArgument, null));
            }
        }

        /// <summary>The tag, resolved once per command and only when a change is really made (so -WhatIf sends nothing).</summary>
        private Task<Tag> TagAsync(IntercomConnection connection, CancellationToken token)
        {
            lock (_tagGate)
            {
                if (_tag == null || _tag.IsFaulted || _tag.IsCanceled) _tag = ResolveAsync(connection, token);
                return _tag;
            }
        }

        private async Task<Tag> ResolveAsync(IntercomConnection connection, CancellationToken token)
        {
            if (TagId != null) return await connection.TagChanges.GetAsync(TagId, token).ConfigureAwait(false);
            if (!Untags) return await connection.TagChanges.EnsureAsync(Name!, token).ConfigureAwait(false);
            return await connection.TagChanges.FindByNameAsync(Name!, token).ConfigureAwait(false)
                   ?? throw new ItemNotFoundException($"The workspace has no tag named '{Name}'. Run Get-IntercomTag to see the tags.");
        }

        /// <summary>Tags or untags a contact, conversation or company (the kinds with their own endpoints).</summary>
        private Task<ChangeResult> ApplyAsync(IntercomConnection connection, string kind, string id, Tag tag, string admin, CancellationToken token) =>
            kind switch
            {
                "conversation" => Untags ? connection.ConversationChanges.UntagAsync(id, tag.Id!, admin, token) : connection.ConversationChanges.TagAsync(id, tag.Id!, admin, token),
                "company" => connection.TagChanges.TagCompanyAsync(id, tag.Name!, Untags, token),
                _ => Untags ? connection.ContactChanges.UntagAsync(id, tag.Id!, token) : connection.ContactChanges.TagAsync(id, tag.Id!, token),
            };

        private Task<ChangeResult> ApplyToAsync(IntercomConnection connection, string kind, string id, Tag tag, string admin, CancellationToken token) =>
            DeclaredKinds.TryGetValue(kind, out var resource)
                ? connection.TagChanges.TagObjectAsync(resource, id, tag.Id!, admin, untag: Untags, token)
                : ApplyAsync(connection, kind, id, tag, admin, token);

        protected override void ProcessRecord()
        {
            var connection = ActiveConnection;
            var tagLabel = Name != null ? $"'{Name}'" : TagId!;
            var (kind, ids) = ParameterSetName switch
            {
                ConversationSet => ("conversation", ConversationId),
                CompanySet => ("company", CompanyId),
                TicketSet => ("ticket", TicketId),
                ArticleSet => ("article", ArticleId),
                ContentSnippetSet => ("content snippet", ContentSnippetId),
                InternalArticleSet => ("internal article", InternalArticleId),
                _ => ("contact", ContactId),
            };
            var admin = kind == "conversation" || kind == "ticket" ? ActingAdmin(AdminId) : AdminId ?? string.Empty;
            var passThru = PassThru.IsPresent;
            foreach (var id in ids)
            {
                QueueChange($"{kind} {id}", $"{(Untags ? "Remove" : "Add")} tag {tagLabel}", id, async token =>
                {
                    // Contact and conversation ids go into the path: a bad one is refused before the tag lookup is sent.
                    if (kind != "company") ResourcePaths.EnsureSegment(id);
                    var tag = await TagAsync(connection, token).ConfigureAwait(false);
                    var result = await ApplyToAsync(connection, kind, id, tag, admin, token).ConfigureAwait(false);
                    return passThru ? new ChangeResult(result.Outcome, await ReadAsync(connection, kind, id, token).ConfigureAwait(false)) : result;
                });
            }
        }

        private static async Task<object> ReadAsync(IntercomConnection connection, string kind, string id, CancellationToken token) =>
            kind switch
            {
                "conversation" => await connection.Conversations.GetAsync(id, token).ConfigureAwait(false),
                "company" => await connection.Companies.GetByCompanyIdAsync(id, token).ConfigureAwait(false),
                "ticket" => await ReadDeclaredAsync(connection, IntercomResources.Tickets, id, token).ConfigureAwait(false),
                "article" => await ReadDeclaredAsync(connection, IntercomResources.Articles, id, token).ConfigureAwait(false),
                "content snippet" => await ReadDeclaredAsync(connection, IntercomResources.ContentSnippets, id, token).ConfigureAwait(false),
                "internal article" => await ReadDeclaredAsync(connection, IntercomResources.InternalArticles, id, token).ConfigureAwait(false),
                _ => await connection.Contacts.GetAsync(id, token, noCache: true).ConfigureAwait(false),
            };

        private static async Task<object> ReadDeclaredAsync<T>(IntercomConnection connection, ResourceDescriptor<T> resource, string id, CancellationToken token)
            where T : IntercomObject =>
            await connection.Resources.GetAsync(resource, PathValues.Of(resource.IdParameter, id), token).ConfigureAwait(false);
    }
}
