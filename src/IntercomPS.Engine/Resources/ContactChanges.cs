using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// Changes to contacts: create, update, delete, archive, merge, notes and tags, each through the operation
    /// <see cref="IntercomResources.Contacts"/> declares. Every change keeps the session cache true: the changed
    /// contact is replaced or evicted, so a later Get sees the change.
    /// </summary>
    public sealed class ContactChanges
    {
        private static readonly ResourceDescriptor<Contact> Contacts = IntercomResources.Contacts;

        private readonly IntercomClient _client;
        private readonly ResourceClient _resources;

        internal ContactChanges(IntercomClient client, ResourceClient resources)
        {
            _client = client;
            _resources = resources;
        }

        private static IReadOnlyDictionary<string, string> Target(string id) => PathValues.Of(Contacts.IdParameter, id);

        private void Remember(string id, Contact contact) => _resources.Remember(Contacts, id, contact);

        private void Forget(string id) => _resources.Forget(Contacts, Target(id));

        /// <summary>POST /contacts. A create is never resent once it may have reached Intercom (no duplicates).</summary>
        public async Task<ChangeResult> CreateAsync(ContactFields fields, CancellationToken cancellationToken)
        {
            var request = Contacts.Create!.CreateRequest().WithBody(fields.ToBody());
            var contact = await SendForContactAsync(request, cancellationToken).ConfigureAwait(false);
            if (contact.Id != null) Remember(contact.Id, contact);
            return ChangeResult.Changed(contact);
        }

        /// <summary>PUT /contacts/{contact_id} with the fields given; the answer replaces the cached contact.</summary>
        public async Task<ChangeResult> UpdateAsync(string id, ContactFields fields, CancellationToken cancellationToken)
        {
            if (fields.IsEmpty) throw new ArgumentException("Nothing to change: give at least one field to set.", nameof(fields));
            var request = Contacts.Update!.CreateRequest(Target(id)).WithBody(fields.ToBody());
            var contact = await SendForContactAsync(request, cancellationToken, id).ConfigureAwait(false);
            Remember(id, contact);
            return ChangeResult.Changed(contact);
        }

        /// <summary>DELETE /contacts/{contact_id}; a contact that is already gone (404) is unchanged, not a failure.</summary>
        public Task<ChangeResult> DeleteAsync(string id, CancellationToken cancellationToken) =>
            ChangeRules.DeleteAsync(_client, Contacts.Delete!.CreateRequest(Target(id)), () => Forget(id), cancellationToken);

        /// <summary>POST /contacts/{contact_id}/archive or /unarchive. Setting the same state twice changes nothing, so a resend is safe.</summary>
        public async Task<ChangeResult> SetArchivedAsync(string id, bool archived, CancellationToken cancellationToken)
        {
            var request = Contacts.Action(archived ? "archive" : "unarchive").CreateRequest(Target(id));
            await ChangeRules.ForgettingAsync(() => _client.SendAsync(request, cancellationToken), () => Forget(id)).ConfigureAwait(false);
            return ChangeResult.Changed(null);
        }

        /// <summary>POST /contacts/merge: the lead <paramref name="leadId"/> into the user <paramref name="userId"/>; answers the user.</summary>
        public async Task<ChangeResult> MergeAsync(string leadId, string userId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(leadId) || string.IsNullOrWhiteSpace(userId)) throw new ArgumentException("Give the lead's id and the user's id.");
            var request = Contacts.Action("merge").CreateRequest()
                .WithBody(new Dictionary<string, object?> { ["from"] = leadId.Trim(), ["into"] = userId.Trim() });
            return await ChangeRules.ForgettingAsync(async () =>
            {
                var merged = await SendForContactAsync(request, cancellationToken).ConfigureAwait(false);
                if (merged.Id != null) Remember(merged.Id, merged);
                return ChangeResult.Changed(merged);
            }, () => Forget(leadId)).ConfigureAwait(false);
        }

        /// <summary>POST /contacts/{contact_id}/notes, written by <paramref name="adminId"/> (the token's admin when null).</summary>
        public async Task<ChangeResult> AddNoteAsync(string contactId, string body, string? adminId, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("The note is empty; give its text.", nameof(body));
            var payload = new Dictionary<string, object?> { ["body"] = body };
            if (adminId != null) payload["admin_id"] = adminId;
            var request = Contacts.Action("note").CreateRequest(Target(contactId)).WithBody(payload);
            var note = await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Note>(body), cancellationToken).ConfigureAwait(false);
            Forget(contactId);
            return ChangeResult.Changed(note);
        }

        /// <summary>
        /// POST /contacts/{contact_id}/tags. Applying a tag twice leaves one tag, so the request may be resent after any
        /// transient failure; a tag that was already there is reported unchanged.
        /// </summary>
        public async Task<ChangeResult> TagAsync(string contactId, string tagId, CancellationToken cancellationToken)
        {
            var request = Contacts.Action("tag").CreateRequest(Target(contactId)).WithBody(new Dictionary<string, object?> { ["id"] = tagId });
            return await ChangeRules.ForgettingAsync(() => ChangeRules.TagAsync(_client, request, cancellationToken), () => Forget(contactId)).ConfigureAwait(false);
        }

        /// <summary>DELETE /contacts/{contact_id}/tags/{tag_id}.</summary>
        public async Task<ChangeResult> UntagAsync(string contactId, string tagId, CancellationToken cancellationToken)
        {
            var request = Contacts.Action("untag").CreateRequest(PathValues.Of(Contacts.IdParameter, contactId, "tag_id", tagId));
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
