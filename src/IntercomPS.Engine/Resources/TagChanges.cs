using System.Net.Http;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>
    /// Workspace tags: find by name, create, delete, tag or untag companies (which Intercom does through POST /tags by
    /// tag name) and objects of any resource that declares "tag" and "untag" actions (tickets). Tagging contacts and
    /// conversations is in <see cref="ContactChanges"/> and <see cref="ConversationChanges"/>.
    /// </summary>
    public sealed class TagChanges
    {
        private readonly IntercomClient _client;
        private readonly ObjectCache _cache;
        private readonly ResourceCollection<Tag> _tags;
        private readonly ResourceClient _resources;

        internal TagChanges(IntercomClient client, ObjectCache cache, ResourceCollection<Tag> tags, ResourceClient resources)
        {
            _client = client;
            _cache = cache;
            _tags = tags;
            _resources = resources;
        }

        /// <summary>The workspace tag named <paramref name="name"/> (exact match first, then ignoring case), or null.</summary>
        public async Task<Tag?> FindByNameAsync(string name, CancellationToken cancellationToken, bool noCache = false)
        {
            var all = await _tags.ListAsync(cancellationToken, noCache).ConfigureAwait(false);
            return all.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal))
                   ?? all.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The tag with this id; a clear error when the workspace has none.</summary>
        public Task<Tag> GetAsync(string id, CancellationToken cancellationToken) => _tags.GetAsync(id, cancellationToken);

        /// <summary>
        /// Creates the tag, or reports unchanged when one of that name exists. POST /tags with a name creates or
        /// finds the tag of that name, so resending it cannot make a second tag.
        /// </summary>
        public async Task<ChangeResult> CreateAsync(string name, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The tag name is empty.", nameof(name));
            // Decided from the server: a cached list would call a tag deleted elsewhere "unchanged" and create nothing.
            var existing = await FindByNameAsync(name, cancellationToken, noCache: true).ConfigureAwait(false);
            if (existing != null) return ChangeResult.Unchanged(existing);
            return ChangeResult.Changed(await CreateOrFindAsync(name, cancellationToken).ConfigureAwait(false));
        }

        /// <summary>The tag named <paramref name="name"/>, created when the workspace has none yet.</summary>
        public async Task<Tag> EnsureAsync(string name, CancellationToken cancellationToken) =>
            await FindByNameAsync(name, cancellationToken).ConfigureAwait(false) ?? await CreateOrFindAsync(name, cancellationToken).ConfigureAwait(false);

        private async Task<Tag> CreateOrFindAsync(string name, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Post, "tags") { Route = "POST /tags", Safety = RequestSafety.Idempotent }
                .WithBody(new Dictionary<string, object?> { ["name"] = name });
            var tag = await _client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Tag>(body), cancellationToken).ConfigureAwait(false);
            if (tag.Id != null)
            {
                // The cached whole list does not hold the new tag: drop it so the next lookup by name sees it.
                _tags.Evict(tag.Id);
                _cache.Set(CacheKeys.Of("tags", tag.Id), tag);
            }
            return tag;
        }

        /// <summary>DELETE /tags/{id}: removes the tag from the workspace and from everything it was on. Already gone is unchanged.</summary>
        public Task<ChangeResult> DeleteAsync(string id, CancellationToken cancellationToken) =>
            ChangeRules.DeleteAsync(_client,
                new ApiRequest(HttpMethod.Delete, "tags/" + ResourcePaths.Segment(id)) { Route = "DELETE /tags/{id}" },
                () => _tags.Evict(id), cancellationToken);

        /// <summary>
        /// Tags (or with <paramref name="untag"/>, untags) the object <paramref name="id"/> of a resource that declares
        /// the actions "tag" (POST .../tags with the tag's id and the admin) and "untag" (DELETE .../tags/{tag_id}).
        /// The admin is sent only when given: content (articles, snippets) attributes the tagging to the token's
        /// teammate by default and takes no body to untag. A tag the object already carried is unchanged, and so is untagging an object that does not carry it
        /// (Intercom answers 404 tag_not_found; the caller has checked that the tag exists). Tagging twice leaves one
        /// tag, so the tag request may be resent.
        /// </summary>
        public async Task<ChangeResult> TagObjectAsync(ResourceDescriptor resource, string id, string tagId, string adminId, bool untag, CancellationToken cancellationToken)
        {
            if (resource == null) throw new ArgumentNullException(nameof(resource));
            var target = PathValues.Of(resource.IdParameter, id);
            return await ChangeRules.ForgettingAsync(() =>
            {
                if (!untag)
                {
                    var tagBody = new Dictionary<string, object?> { ["id"] = tagId };
                    if (!string.IsNullOrEmpty(adminId)) tagBody["admin_id"] = adminId;
                    return ChangeRules.TagAsync(_client, resource.Action("tag").CreateRequest(target).WithBody(tagBody), cancellationToken);
                }
                var untagRequest = resource.Action("untag").CreateRequest(PathValues.Of(resource.IdParameter, id, "tag_id", tagId));
                if (!string.IsNullOrEmpty(adminId)) untagRequest.WithBody(new Dictionary<string, object?> { ["admin_id"] = adminId });
                return ChangeRules.UntagAsync(_client, untagRequest, cancellationToken);
            }, () => _resources.Forget(resource, target)).ConfigureAwait(false);
        }

        /// <summary>
        /// Tags (or with <paramref name="untag"/>, untags) the company your systems identify by
        /// <paramref name="companyId"/> with the tag named <paramref name="tagName"/>. Setting the same state twice
        /// changes nothing, so the request may be resent.
        /// </summary>
        public async Task<ChangeResult> TagCompanyAsync(string companyId, string tagName, bool untag, CancellationToken cancellationToken)
        {
            var company = new Dictionary<string, object?> { ["company_id"] = companyId };
            if (untag) company["untag"] = true;
            var request = new ApiRequest(HttpMethod.Post, "tags") { Route = "POST /tags", Safety = RequestSafety.Idempotent }
                .WithBody(new Dictionary<string, object?> { ["name"] = tagName, ["companies"] = new List<object?> { company } });
            var (tag, answer) = await _client.SendAsync(request, (_, body) => (IntercomJson.Deserialize<Tag>(body), IntercomJson.ToPlain(body)), cancellationToken).ConfigureAwait(false);
            // The cache holds companies by Intercom id, which only the answer names.
            if (answer is IDictionary<string, object?> fields && fields.TryGetValue("companies", out var listed) && listed is List<object?> companies)
            {
                foreach (var item in companies)
                {
                    if (item is IDictionary<string, object?> entry && entry.TryGetValue("id", out var id) && id is string intercomId) _cache.Remove(CacheKeys.Of("companies", intercomId));
                }
            }
            return ChangeResult.Changed(tag);
        }
    }
}
