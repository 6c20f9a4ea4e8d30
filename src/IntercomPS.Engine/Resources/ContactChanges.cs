using System.Net.Http;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// Changes to contacts: create, update, delete, archive, merge, notes and tags. Every change keeps the session
    /// cache true: the changed contact is replaced or evicted, so a later Get sees the change.
    /// </summary>
    public sealed class ContactChanges
    {
        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;

        internal ContactChanges(IntercomClient client, ObjectCache cache)
        {
            _client = client;
            _cache = cache;
        }

        private static string Key(string id) => CacheKeys.Of("contacts", id);

        private void Forget(string id) => _cache.Remove(Key(id));

        /// <summary>POST /contacts. A create is never resent once it may have reached Intercom (no duplicates).</summary>
        public async Task<ChangeResult> CreateAsync(ContactFields fields, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Post, "contacts") { Route = "POST /contacts", Safety = RequestSafety.Creating }.WithBody(fields.ToBody());
            var contact = await SendForContactAsync(request, cancellationToken).ConfigureAwait(false);
            if (contact.Id != null) _cache.Set(Key(contact.Id), contact);
            return ChangeResult.Changed(contact);
        }

        /// <summary>PUT /contacts/{id} with the fields given; the answer replaces the cached contact.</summary>
        public async Task<ChangeResult> UpdateAsync(string id, ContactFields fields, CancellationToken cancellationToken)
        {
            if (fields.IsEmpty) throw new ArgumentException("Nothing to change: give at least one field to set.", nameof(fields));
            var request = new ApiRequest(HttpMethod.Put, "contacts/" + ResourcePaths.Segment(id)) { Route = "PUT /contacts/{id}" }.WithBody(fields.ToBody());
            var contact = await SendForContactAsync(request, cancellationToken, id).ConfigureAwait(false);
            _cache.Set(Key(id), contact);
            return ChangeResult.Changed(contact);
        }

        /// <summary>DELETE /contacts/{id}; a contact that is already gone (404) is unchanged, not a failure.</summary>
        public Task<ChangeResult> DeleteAsync(string id, CancellationToken cancellationToken) =>
            ChangeRules.DeleteAsync(_client,
                new ApiRequest(HttpMethod.Delete, "contacts/" + ResourcePaths.Segment(id)) { Route = "DELETE /contacts/{id}" },
                () => Forget(id), cancellationToken);

        /// <summary>POST /contacts/{id}/archive or /unarchive. Setting the same state twice changes nothing, so a resend is safe.</summary>
        public async Task<ChangeResult> SetArchivedAsync(string id, bool archived, CancellationToken cancellationToken)
        {
            var action = archived ? "archive" : "unarchive";
            var request = new ApiRequest(HttpMethod.Post, "contacts/" + ResourcePaths.Segment(id) + "/" + action)
            {
                Route = "POST /contacts/{id}/" + action,
                Safety = RequestSafety.Idempotent,
            };
            await ChangeRules.ForgettingAsync(() => _client.SendAsync(request, cancellationToken), () => Forget(id)).ConfigureAwait(false);
            return ChangeResult.Changed(null);
        }

        /// <summary>POST /contacts/merge: the lead <paramref name="leadId"/> into the user <paramref name="userId"/>; answers the user.</summary>
        public async Task<ChangeResult> MergeAsync(string leadId, string userId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(leadId) || string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("Give the lead's id and the user's id.");
            // Not resent after a doubtful failure: a second merge of the same lead would fail or act on a new lead.
            var request = new ApiRequest(HttpMethod.Post, "contacts/merge") { Route = "POST /contacts/merge", Safety = RequestSafety.Creating }
                .WithBody(new Dictionary<string, object?> { ["from"] = leadId.Trim(), ["into"] = userId.Trim() });
            return await ChangeRules.ForgettingAsync(async () =>
            {
                var merged = await SendForContactAsync(request, cancellationToken).ConfigureAwait(false);
                if (merged.Id != null) _cache.Set(Key(merged.Id), merged);
                return ChangeResult.Changed(merged);
            }, () => Forget(leadId)).ConfigureAwait(false);
        }

        /// <summary>POST /contacts/{id}/notes, written by <paramref name="adminId"/> (the token's admin when null).</summary>
        public async Task<ChangeResult> AddNoteAsync(string contactId, string body, string? adminId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("The note is empty; give its text.", nameof(body));
            var payload = new Dictionary<string, object?> { ["body"] = body };
            if (adminId != null) payload["admin_id"] = adminId;
            var request = new ApiRequest(HttpMethod.Post, "contacts/" + ResourcePaths.Segment(contactId) + "/notes")
            {
                Route = "POST /contacts/{id}/notes",
                Safety = RequestSafety.Creating,
            }.WithBody(payload);
            var note = await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Note>(body), cancellationToken).ConfigureAwait(false);
            Forget(contactId);
            return ChangeResult.Changed(note);
        }

        /// <summary>
        /// POST /contacts/{id}/tags. Applying a tag twice leaves one tag, so the request may be resent after any
        /// transient failure; a tag that was already there is reported unchanged.
        /// </summary>
        public async Task<ChangeResult> TagAsync(string contactId, string tagId, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Post, "contacts/" + ResourcePaths.Segment(contactId) + "/tags")
            {
                Route = "POST /contacts/{id}/tags",
                Safety = RequestSafety.Idempotent,
            }.WithBody(new Dictionary<string, object?> { ["id"] = tagId });
            return await ChangeRules.ForgettingAsync(() => ChangeRules.TagAsync(_client, request, cancellationToken), () => Forget(contactId)).ConfigureAwait(false);
        }

        /// <summary>DELETE /contacts/{id}/tags/{tag_id}.</summary>
        public async Task<ChangeResult> UntagAsync(string contactId, string tagId, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Delete, "contacts/" + ResourcePaths.Segment(contactId) + "/tags/" + ResourcePaths.Segment(tagId))
            {
                Route = "DELETE /contacts/{id}/tags/{tag_id}",
            };
            return await ChangeRules.ForgettingAsync(async () => ChangeResult.Changed(
                await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Tag>(body), cancellationToken).ConfigureAwait(false)), () => Forget(contactId)).ConfigureAwait(false);
        }

        private async Task<Contact> SendForContactAsync(ApiRequest request, CancellationToken cancellationToken, string? evictOnFailure = null)
        {
            try
            {
                return await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Contact>(body), cancellationToken).ConfigureAwait(false);
            }
            catch when (evictOnFailure != null)
            {
                // The change may have happened even though no answer came back: the cached copy can no longer be trusted.
                Forget(evictOnFailure);
                throw;
            }
        }
    }
}
