using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Search;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>Conversations: list, search, read, update, delete, reply, manage (close/open/snooze/assign) and tags.</summary>
    internal static class ConversationRoutes
    {
        private const int DefaultPerPage = 20;

        public static DateSemantics Dates(WorkspaceState state) => new DateSemantics(state.Options.InclusiveDateComparison, byDay: false);

        [Answers(SandboxRoutes.ListConversations)]
        private static ApiResponse List(ApiContext context)
        {
            var state = context.State;
            var spec = Paging.FromQueryString<ConversationRecord>(context, SandboxRoutes.ListConversations, DefaultPerPage);
            var result = Paging.Run(state.ConversationSearch, spec);
            return Paging.ListResponse("conversation.list", "conversations", result, (w, c) => ConversationJson.Conversation(w, state, c, withParts: false));
        }

        [Answers(SandboxRoutes.SearchConversations)]
        private static ApiResponse Search(ApiContext context)
        {
            var state = context.State;
            var spec = Paging.FromSearchBody(context, SandboxRoutes.SearchConversations, DefaultPerPage, state.ConversationFields, Dates(state), sortable: false);
            var result = Paging.Run(state.ConversationSearch, spec);
            return Paging.ListResponse("conversation.list", "conversations", result, (w, c) => ConversationJson.Conversation(w, state, c, withParts: false));
        }

        private static ConversationRecord Find(ApiContext context) =>
            context.State.FindConversation(context.Route("conversation_id")) ?? throw ApiException.NotFound();

        private static ApiResponse Full(ApiContext context, ConversationRecord conversation)
        {
            var plain = string.Equals(context.QueryValue("display_as"), "plaintext", StringComparison.OrdinalIgnoreCase);
            return ApiResponse.Json(w => ConversationJson.Conversation(w, context.State, conversation, withParts: true, plainText: plain));
        }

        [Answers(SandboxRoutes.GetConversation)]
        private static ApiResponse Get(ApiContext context) => Full(context, Find(context));

        [Answers(SandboxRoutes.UpdateConversation)]
        private static ApiResponse Update(ApiContext context)
        {
            var state = context.State;
            var attributes = context.CustomAttributes(SearchFields.ConversationCustomAttributes, "Conversation attribute");
            var updated = Change(context, () => Find(context), copy =>
            {
                if (context.Has("read")) copy.Read = context.Bool("read") ?? copy.Read;
                if (context.Has("title")) copy.Title = context.String("title");
                if (context.Has("company_id"))
                {
                    var companyId = context.String("company_id");
                    if (companyId != null && state.Catalog.FindCompany(companyId) == null) throw ApiException.NotFound("Company Not Found", "company_not_found");
                    copy.CompanyId = companyId;
                }
                foreach (var pair in attributes) copy.CustomAttributes[pair.Key] = pair.Value;
                copy.UpdatedAt = state.Now;
            });
            return Full(context, updated);
        }

        [Answers(SandboxRoutes.DeleteConversation)]
        private static ApiResponse Delete(ApiContext context)
        {
            var conversation = RecordWrites.Remove(context.State, context.State.Conversations, () => Find(context));
            return ApiResponse.Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", conversation.Id);
                w.WriteString("object", "conversation");
                w.WriteBoolean("deleted", true);
                w.WriteEndObject();
            });
        }

        /// <summary>
        /// Admin comment, note or quick reply (admin_id), or a contact comment (intercom_user_id, email or user_id).
        /// A contact reply reopens the conversation and starts waiting_since; an admin comment clears it.
        /// </summary>
        [Answers(SandboxRoutes.ReplyToConversation)]
        private static ApiResponse Reply(ApiContext context)
        {
            var state = context.State;
            var type = context.RequiredString("type");
            var messageType = context.RequiredString("message_type");
            if (type != "admin" && type != "user") throw ApiException.Invalid("type must be admin or user", "type");
            var allowed = type == "admin" ? new[] { "comment", "note", "quick_reply" } : new[] { "comment", "quick_reply" };
            if (!allowed.Contains(messageType)) throw ApiException.Invalid($"message_type must be one of {string.Join(", ", allowed)}", "message_type");
            var body = context.String("body");
            if (messageType != "quick_reply" && string.IsNullOrEmpty(body)) throw ApiException.Missing("body");
            if (messageType == "quick_reply" && !(context.Body.TryGetProperty("reply_options", out var options) && options.ValueKind == JsonValueKind.Array))
            {
                throw ApiException.Missing("reply_options");
            }

            var replied = Change(context, () => context.Route("conversation_id") == "last" ? throw ApiException.NotFound() : Find(context), copy =>
            {
                var now = context.Long("created_at") ?? state.Now;
                var part = NewPart(state, messageType, body, now);
                if (type == "admin")
                {
                    var admin = Admin(state, context.RequiredString("admin_id"));
                    Author(part, admin);
                    if (messageType != "note")
                    {
                        copy.WaitingSince = null;
                        copy.Statistics.LastAdminReplyAt = now;
                        copy.Statistics.FirstAdminReplyAt = copy.Statistics.FirstAdminReplyAt ?? now;
                        if (!copy.TeammateIds.Contains(admin.Id)) copy.TeammateIds.Add(admin.Id);
                    }
                }
                else
                {
                    var contact = ReplyingContact(context);
                    Author(part, contact.Role, contact.Id, contact.Name, contact.Email);
                    if (!copy.ContactIds.Contains(contact.Id)) copy.ContactIds.Add(contact.Id);
                    if (copy.State != "open")
                    {
                        copy.State = "open";
                        copy.SnoozedUntil = null;
                        part.PartType = "open";
                        copy.Statistics.CountReopens++;
                    }
                    copy.WaitingSince = now;
                    copy.Statistics.LastContactReplyAt = now;
                    copy.FirstContactReplyAt = copy.FirstContactReplyAt ?? now;
                }
                AddPart(copy, part, now);
            });
            return Full(context, replied);
        }

        private static ContactRecord ReplyingContact(ApiContext context)
        {
            var state = context.State;
            ContactRecord? contact = null;
            if (context.String("intercom_user_id") is string intercomUserId) contact = state.FindContact(intercomUserId);
            else if (context.String("email") is string email) contact = state.FindContactsByEmail(email).FirstOrDefault();
            else if (context.String("user_id") is string userId) contact = state.FindContactByExternalId(userId);
            else throw ApiException.Missing("intercom_user_id");
            return contact ?? throw ApiException.NotFound("User Not Found");
        }

        /// <summary>close, snoozed (snoozed_until), open, or assignment (type admin|team, assignee_id; "0" unassigns).</summary>
        [Answers(SandboxRoutes.ManageConversation)]
        private static ApiResponse Manage(ApiContext context)
        {
            var state = context.State;
            var messageType = context.RequiredString("message_type");
            var adminId = context.RequiredString("admin_id");
            var managed = Change(context, () => Find(context), copy =>
            {
                var admin = Admin(state, adminId);
                var now = state.Now;
                var part = NewPart(state, messageType, context.String("body"), now);
                Author(part, admin);
                switch (messageType)
                {
                    case "close":
                        if (context.String("type") is string closeType && closeType != "admin") throw ApiException.Invalid("type must be admin", "type");
                        copy.State = "closed";
                        copy.SnoozedUntil = null;
                        copy.WaitingSince = null;
                        copy.Statistics.LastCloseAt = now;
                        copy.Statistics.FirstCloseAt = copy.Statistics.FirstCloseAt ?? now;
                        copy.Statistics.LastClosedById = admin.Id;
                        copy.Statistics.TimeToLastClose = now - copy.CreatedAt;
                        copy.Statistics.TimeToFirstClose = copy.Statistics.TimeToFirstClose ?? now - copy.CreatedAt;
                        break;
                    case "snoozed":
                        var until = context.Long("snoozed_until") ?? throw ApiException.Missing("snoozed_until");
                        if (until <= now) throw ApiException.Invalid("snoozed_until must be in the future", "snoozed_until");
                        copy.State = "snoozed";
                        copy.SnoozedUntil = until;
                        break;
                    case "open":
                        if (copy.State == "closed") copy.Statistics.CountReopens++;
                        copy.State = "open";
                        copy.SnoozedUntil = null;
                        break;
                    case "assignment":
                        var assigneeType = context.RequiredString("type");
                        var assigneeId = context.RequiredString("assignee_id");
                        Assign(state, copy, part, assigneeType, assigneeId, now);
                        break;
                    default:
                        throw ApiException.Invalid("message_type must be one of close, snoozed, open, assignment", "message_type");
                }
                AddPart(copy, part, now);
            });
            return Full(context, managed);
        }

        private static void Assign(WorkspaceState state, ConversationRecord copy, PartRecord part, string assigneeType, string assigneeId, long now)
        {
            var unassign = assigneeId == "0";
            if (assigneeType == "admin")
            {
                var assignee = unassign ? null : Admin(state, assigneeId);
                copy.AdminAssigneeId = assignee == null ? 0 : long.Parse(assignee.Id, CultureInfo.InvariantCulture);
                part.AssignedToType = "admin";
                part.AssignedToId = assignee?.Id;
            }
            else if (assigneeType == "team")
            {
                var team = unassign ? null : state.Catalog.FindTeam(assigneeId) ?? throw ApiException.NotFound("Team not found", "team_not_found");
                copy.TeamAssigneeId = team == null ? 0 : long.Parse(team.Id, CultureInfo.InvariantCulture);
                part.AssignedToType = "team";
                part.AssignedToId = team?.Id;
            }
            else
            {
                throw ApiException.Invalid("type must be admin or team", "type");
            }
            copy.Statistics.CountAssignments++;
            copy.Statistics.LastAssignmentAt = now;
            copy.Statistics.FirstAssignmentAt = copy.Statistics.FirstAssignmentAt ?? now;
        }

        [Answers(SandboxRoutes.TagConversation)]
        private static ApiResponse Tag(ApiContext context)
        {
            var tagId = context.RequiredString("id");
            var adminId = context.RequiredString("admin_id");
            return TagAnswers.Tag(context, context.State.Conversations, tagId, () => FindForTagging(context), () => Admin(context.State, adminId), TagNotFound);
        }

        [Answers(SandboxRoutes.UntagConversation)]
        private static ApiResponse Untag(ApiContext context)
        {
            var adminId = context.RequiredString("admin_id");
            return TagAnswers.Untag(context, context.State.Conversations, () => FindForTagging(context), () => Admin(context.State, adminId), TagNotFound,
                refuseUntagged: true);
        }

        /// <summary>The tag routes name what is missing, unlike the conversation's other routes.</summary>
        private static ConversationRecord FindForTagging(ApiContext context) =>
            context.State.FindConversation(context.Route("conversation_id")) ?? throw ApiException.NotFound("Conversation not found");

        private static ApiException TagNotFound() => ApiException.NotFound("Tag not found", "tag_not_found");

        private static AdminRecord Admin(WorkspaceState state, string adminId) =>
            state.Catalog.FindAdmin(adminId) ?? throw ApiException.NotFound("Admin Not Found");

        private static void Author(PartRecord part, AdminRecord admin) => Author(part, "admin", admin.Id, admin.Name, admin.Email);

        private static void Author(PartRecord part, string type, string id, string? name, string? email)
        {
            part.AuthorType = type;
            part.AuthorId = id;
            part.AuthorName = name;
            part.AuthorEmail = email;
        }

        /// <summary>Adds the part, in the state the conversation is left in.</summary>
        private static void AddPart(ConversationRecord copy, PartRecord part, long now)
        {
            part.State = copy.State;
            copy.AddedParts.Add(part);
            copy.Statistics.CountConversationParts = copy.GeneratedPartCount + copy.AddedParts.Count;
            copy.UpdatedAt = now;
        }

        /// <summary>Changes a copy of the conversation <paramref name="find"/> returns (<see cref="RecordWrites.Change"/>); answers the stored copy.</summary>
        private static ConversationRecord Change(ApiContext context, Func<ConversationRecord> find, Action<ConversationRecord> change) =>
            RecordWrites.Change(context.State, context.State.Conversations, find, copy =>
            {
                change(copy);
                return copy;
            });

        private static PartRecord NewPart(WorkspaceState state, string partType, string? body, long now) =>
            new PartRecord { Id = state.NextWrittenId(), PartType = partType, Body = body == null ? null : HtmlBody.Of(body), CreatedAt = now };
    }
}
