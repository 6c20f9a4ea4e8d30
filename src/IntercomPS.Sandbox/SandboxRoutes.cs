namespace IntercomPS.Sandbox
{
    /// <summary>
    /// Route templates of the hand-written routes, spelled as in Intercom's OpenAPI description ("METHOD /path/{param}").
    /// Routes, hand-written or generic (every other declared operation, under its <c>ApiOperation.Route</c>), are the
    /// keys of <see cref="SandboxRequestLog.Count"/>, <see cref="SandboxFaults.LatencyPerRoute"/> and
    /// <see cref="SandboxRequest.Route"/>.
    /// </summary>
    public static class SandboxRoutes
    {
        public const string Me = "GET /me";
        public const string ListAdmins = "GET /admins";
        public const string GetAdmin = "GET /admins/{admin_id}";
        public const string ListTeams = "GET /teams";
        public const string GetTeam = "GET /teams/{team_id}";
        public const string ListTags = "GET /tags";
        public const string CreateOrUpdateTag = "POST /tags";
        public const string GetTag = "GET /tags/{tag_id}";
        public const string DeleteTag = "DELETE /tags/{tag_id}";
        public const string ListSegments = "GET /segments";
        public const string GetSegment = "GET /segments/{segment_id}";
        public const string ListDataAttributes = "GET /data_attributes";
        public const string ListConversationAttributes = "GET /conversations/attributes";

        public const string ListContacts = "GET /contacts";
        public const string CreateContact = "POST /contacts";
        public const string SearchContacts = "POST /contacts/search";
        public const string MergeContacts = "POST /contacts/merge";
        public const string GetContact = "GET /contacts/{contact_id}";
        public const string GetContactByExternalId = "GET /contacts/find_by_external_id/{external_id}";
        public const string UpdateContact = "PUT /contacts/{contact_id}";
        public const string DeleteContact = "DELETE /contacts/{contact_id}";
        public const string ArchiveContact = "POST /contacts/{contact_id}/archive";
        public const string UnarchiveContact = "POST /contacts/{contact_id}/unarchive";
        public const string ListContactTags = "GET /contacts/{contact_id}/tags";
        public const string TagContact = "POST /contacts/{contact_id}/tags";
        public const string UntagContact = "DELETE /contacts/{contact_id}/tags/{tag_id}";
        public const string ListContactNotes = "GET /contacts/{contact_id}/notes";
        public const string CreateContactNote = "POST /contacts/{contact_id}/notes";

        public const string ListConversations = "GET /conversations";
        public const string SearchConversations = "POST /conversations/search";
        public const string GetConversation = "GET /conversations/{conversation_id}";
        public const string UpdateConversation = "PUT /conversations/{conversation_id}";
        public const string DeleteConversation = "DELETE /conversations/{conversation_id}";
        public const string ReplyToConversation = "POST /conversations/{conversation_id}/reply";
        public const string ManageConversation = "POST /conversations/{conversation_id}/parts";
        public const string TagConversation = "POST /conversations/{conversation_id}/tags";
        public const string UntagConversation = "DELETE /conversations/{conversation_id}/tags/{tag_id}";

        public const string ListCompanies = "GET /companies";
        public const string ListAllCompanies = "POST /companies/list";
        public const string ScrollCompanies = "GET /companies/scroll";
        public const string GetCompany = "GET /companies/{company_id}";

        /// <summary>Every route above, in the order the router tries them (literal paths before parameters).</summary>
        public static readonly string[] All =
        {
            Me, ListAdmins, GetAdmin, ListTeams, GetTeam, ListTags, CreateOrUpdateTag, GetTag, DeleteTag, ListSegments,
            GetSegment, ListDataAttributes, ListConversationAttributes, ListContacts, CreateContact, SearchContacts,
            MergeContacts, GetContactByExternalId, GetContact, UpdateContact, DeleteContact, ArchiveContact,
            UnarchiveContact, ListContactTags, TagContact, UntagContact, ListContactNotes, CreateContactNote,
            ListConversations, SearchConversations, GetConversation, UpdateConversation, DeleteConversation,
            ReplyToConversation, ManageConversation, TagConversation, UntagConversation, ListCompanies,
            ListAllCompanies, ScrollCompanies, GetCompany,
        };
    }
}
