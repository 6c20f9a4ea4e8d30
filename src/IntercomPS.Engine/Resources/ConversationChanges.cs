using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>What Set-IntercomConversation changes; only what is set is sent.</summary>
    public sealed class ConversationUpdate
    {
        public string? Title { get; set; }
        public bool? Read { get; set; }
        public IDictionary<string, object?>? CustomAttributes { get; set; }

        /// <summary>The admin to assign; "0" unassigns the admin.</summary>
        public string? AssigneeAdminId { get; set; }

        /// <summary>The team to assign; "0" unassigns the team.</summary>
        public string? AssigneeTeamId { get; set; }

        public DateTimeOffset? SnoozeUntil { get; set; }

        internal bool HasAttributes => Title != null || Read != null || (CustomAttributes != null && CustomAttributes.Count > 0);

        public bool IsEmpty => !HasAttributes && AssigneeAdminId == null && AssigneeTeamId == null && SnoozeUntil == null;

        public string Describe()
        {
            var parts = new List<string>();
            if (Title != null) parts.Add($"title = '{Title}'");
            if (Read != null) parts.Add("read = " + (Read.Value ? "true" : "false"));
            if (CustomAttributes != null) foreach (var pair in CustomAttributes) parts.Add($"custom_attributes.{pair.Key} = '{pair.Value}'");
            if (AssigneeAdminId != null) parts.Add(AssigneeAdminId == "0" ? "unassign admin" : $"assign to admin {AssigneeAdminId}");
            if (AssigneeTeamId != null) parts.Add(AssigneeTeamId == "0" ? "unassign team" : $"assign to team {AssigneeTeamId}");
            if (SnoozeUntil != null) parts.Add($"snooze until {SnoozeUntil.Value.UtcDateTime:u}");
            return string.Join(", ", parts);
        }
    }

    /// <summary>
    /// Changes to conversations: replies and notes, close, open, snooze, assignment, attributes and tags, each through
    /// the operation <see cref="IntercomResources.Conversations"/> declares. Actions that add a part (reply, close,
    /// open, snooze, assign) are never resent once they may have reached Intercom, so a flaky network cannot post a
    /// reply twice; close, open and update first read the state from the server (never from the session cache, which
    /// may be minutes old), so closing a closed conversation sends nothing and reports unchanged, and closing one
    /// reopened elsewhere since it was cached does close it.
    /// </summary>
    public sealed class ConversationChanges
    {
        private static readonly ResourceDescriptor<Conversation> Conversations = IntercomResources.Conversations;

        private readonly IntercomClient _client;
        private readonly ResourceClient _resources;
        private readonly SearchableResource<Conversation> _conversations;

        internal ConversationChanges(IntercomClient client, ResourceClient resources, SearchableResource<Conversation> conversations)
        {
            _client = client;
            _resources = resources;
            _conversations = conversations;
        }

        private static IReadOnlyDictionary<string, string> Target(string id) => PathValues.Of(Conversations.IdParameter, id);

        /// <summary>POST /conversations/{conversation_id}/reply as an admin: a comment the contact sees, or an internal note.</summary>
        public Task<ChangeResult> ReplyAsync(string id, string body, bool internalNote, string adminId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("The reply is empty; give its text.", nameof(body));
            return SendAsync(id, Conversations.Action("reply").CreateRequest(Target(id))
                .WithBody(new Dictionary<string, object?>
                {
                    ["message_type"] = internalNote ? "note" : "comment",
                    ["type"] = "admin",
                    ["admin_id"] = adminId,
                    ["body"] = body,
                }), cancellationToken);
        }

        /// <summary>Closes the conversation, optionally with a message; already closed is unchanged.</summary>
        public async Task<ChangeResult> CloseAsync(string id, string adminId, string? body, CancellationToken cancellationToken)
        {
            var current = await _conversations.GetAsync(id, cancellationToken, noCache: true).ConfigureAwait(false);
            if (current.State == "closed") return ChangeResult.Unchanged(current);
            var payload = new Dictionary<string, object?> { ["message_type"] = "close", ["type"] = "admin", ["admin_id"] = adminId };
            if (!string.IsNullOrEmpty(body)) payload["body"] = body;
            return await SendAsync(id, ManageRequest(id).WithBody(payload), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Opens (or wakes) the conversation; already open is unchanged.</summary>
        public async Task<ChangeResult> OpenAsync(string id, string adminId, CancellationToken cancellationToken)
        {
            var current = await _conversations.GetAsync(id, cancellationToken, noCache: true).ConfigureAwait(false);
            if (current.State == "open") return ChangeResult.Unchanged(current);
            return await SendAsync(id, ManageRequest(id).WithBody(new Dictionary<string, object?> { ["message_type"] = "open", ["admin_id"] = adminId }), cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>
        /// Applies <paramref name="update"/>: attributes with PUT /conversations/{conversation_id}, assignment and snooze as parts.
        /// Parts already as asked (same assignee, same snooze time) are skipped; nothing left to do is unchanged.
        /// </summary>
        public async Task<ChangeResult> UpdateAsync(string id, ConversationUpdate update, string adminId, CancellationToken cancellationToken)
        {
            if (update.IsEmpty) throw new ArgumentException("Nothing to change: give a title, read state, custom attribute, assignee or snooze time.", nameof(update));
            var current = await _conversations.GetAsync(id, cancellationToken, noCache: true).ConfigureAwait(false);
            var result = current;
            var changed = false;
            if (update.HasAttributes && !AttributesMatch(current, update))
            {
                var body = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (update.Title != null) body["title"] = update.Title;
                if (update.Read != null) body["read"] = update.Read.Value;
                if (update.CustomAttributes != null && update.CustomAttributes.Count > 0) body["custom_attributes"] = new Dictionary<string, object?>(update.CustomAttributes, StringComparer.Ordinal);
                result = (Conversation)(await SendAsync(id, Conversations.Update!.CreateRequest(Target(id)).WithBody(body), cancellationToken).ConfigureAwait(false)).Value!;
                changed = true;
            }
            if (update.AssigneeAdminId != null && !SameAssignee(current.AdminAssigneeId, update.AssigneeAdminId))
            {
                result = await AssignAsync(id, "admin", update.AssigneeAdminId, adminId, cancellationToken).ConfigureAwait(false);
                changed = true;
            }
            if (update.AssigneeTeamId != null && !SameAssignee(current.TeamAssigneeId, update.AssigneeTeamId))
            {
                result = await AssignAsync(id, "team", update.AssigneeTeamId, adminId, cancellationToken).ConfigureAwait(false);
                changed = true;
            }
            if (update.SnoozeUntil != null && !(current.State == "snoozed" && current.SnoozedUntil?.ToUnixTimeSeconds() == update.SnoozeUntil.Value.ToUnixTimeSeconds()))
            {
                var payload = new Dictionary<string, object?>
                {
                    ["message_type"] = "snoozed",
                    ["admin_id"] = adminId,
                    ["snoozed_until"] = update.SnoozeUntil.Value.ToUnixTimeSeconds(),
                };
                result = (Conversation)(await SendAsync(id, ManageRequest(id).WithBody(payload), cancellationToken).ConfigureAwait(false)).Value!;
                changed = true;
            }
            return changed ? ChangeResult.Changed(result) : ChangeResult.Unchanged(result);
        }

        private async Task<Conversation> AssignAsync(string id, string type, string assigneeId, string adminId, CancellationToken cancellationToken)
        {
            var payload = new Dictionary<string, object?> { ["message_type"] = "assignment", ["type"] = type, ["admin_id"] = adminId, ["assignee_id"] = assigneeId };
            return (Conversation)(await SendAsync(id, ManageRequest(id).WithBody(payload), cancellationToken).ConfigureAwait(false)).Value!;
        }

        /// <summary>POST /conversations/{conversation_id}/tags; resending is harmless, and a tag already there is unchanged.</summary>
        public async Task<ChangeResult> TagAsync(string id, string tagId, string adminId, CancellationToken cancellationToken)
        {
            var request = Conversations.Action("tag").CreateRequest(Target(id))
                .WithBody(new Dictionary<string, object?> { ["id"] = tagId, ["admin_id"] = adminId });
            return await ChangeRules.ForgettingAsync(() => ChangeRules.TagAsync(_client, request, cancellationToken), () => Forget(id)).ConfigureAwait(false);
        }

        /// <summary>DELETE /conversations/{conversation_id}/tags/{tag_id}; a conversation that does not carry the tag is unchanged.</summary>
        public async Task<ChangeResult> UntagAsync(string id, string tagId, string adminId, CancellationToken cancellationToken)
        {
            var request = Conversations.Action("untag").CreateRequest(PathValues.Of(Conversations.IdParameter, id, "tag_id", tagId))
                .WithBody(new Dictionary<string, object?> { ["admin_id"] = adminId });
            return await ChangeRules.ForgettingAsync(() => ChangeRules.UntagAsync(_client, request, cancellationToken), () => Forget(id)).ConfigureAwait(false);
        }

        private static ApiRequest ManageRequest(string id) => Conversations.Action("manage").CreateRequest(Target(id));

        private Task<ChangeResult> SendAsync(string id, ApiRequest request, CancellationToken cancellationToken) =>
            ChangeRules.ForgettingAsync(async () => ChangeResult.Changed(
                await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Conversation>(body), cancellationToken).ConfigureAwait(false)), () => Forget(id));

        private void Forget(string id) => _resources.Forget(Conversations, Target(id));

        private static bool SameAssignee(string? current, string wanted) =>
            string.Equals(current ?? "0", wanted, StringComparison.Ordinal) || (wanted == "0" && string.IsNullOrEmpty(current));

        private static bool AttributesMatch(Conversation current, ConversationUpdate update)
        {
            if (update.Title != null && !string.Equals(current.Title, update.Title, StringComparison.Ordinal)) return false;
            if (update.Read != null && current.Read != update.Read) return false;
            if (update.CustomAttributes != null)
            {
                foreach (var pair in update.CustomAttributes)
                {
                    if (current.CustomAttributes == null || !current.CustomAttributes.TryGetValue(pair.Key, out var value)) return false;
                    if (!string.Equals(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                            Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)) return false;
                }
            }
            return true;
        }
    }
}
