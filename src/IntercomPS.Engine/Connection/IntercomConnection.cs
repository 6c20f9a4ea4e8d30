using System.Net.Http;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Connection
{
    /// <summary>
    /// A verified session with one Intercom workspace: the transport (one HTTP client, retries, rate limiter) and
    /// who the token belongs to. Never exposes the token.
    /// </summary>
    public sealed class IntercomConnection : IDisposable
    {
        private readonly List<IDisposable> _owned = new List<IDisposable>();

        private IntercomConnection(IntercomClient client, Admin admin, string region, DateTimeOffset connectedAt, CacheSettings cacheSettings)
        {
            Client = client;
            Cache = new ObjectCache(cacheSettings.Size, cacheSettings.Ttl, client.Options.TimeProvider);
            Admin = admin;
            Resources = new ResourceClient(client, Cache);
            Admins = new ResourceCollection<Admin>(Resources, IntercomResources.Admins);
            Teams = new ResourceCollection<Team>(Resources, IntercomResources.Teams);
            Tags = new ResourceCollection<Tag>(Resources, IntercomResources.Tags);
            Segments = new ResourceCollection<Segment>(Resources, IntercomResources.Segments);
            Companies = new CompanyDirectory(client, Resources);
            DataAttributes = new DataAttributeCatalog(client);
            Raw = new RawApi(client);
            Conversations = new SearchableResource<Conversation>(client, Resources, IntercomResources.Conversations);
            Contacts = new SearchableResource<Contact>(client, Resources, IntercomResources.Contacts);
            Tickets = new SearchableResource<Ticket>(client, Resources, IntercomResources.Tickets);
            Expander = new ConversationExpander(Contacts, Admins, Teams);
            ContactChanges = new ContactChanges(client, Resources);
            ConversationChanges = new ConversationChanges(client, Resources, Conversations);
            TagChanges = new TagChanges(client, Cache, Tags, Resources);
            Region = region;
            ConnectedAt = connectedAt;
        }

        public IntercomClient Client { get; }

        /// <summary>The session cache of get-by-id lookups.</summary>
        public ObjectCache Cache { get; }

        /// <summary>Sends any operation a <see cref="IntercomResources"/> descriptor declares.</summary>
        public ResourceClient Resources { get; }

        public ResourceCollection<Admin> Admins { get; }

        public ResourceCollection<Team> Teams { get; }

        public ResourceCollection<Tag> Tags { get; }

        public ResourceCollection<Segment> Segments { get; }

        public CompanyDirectory Companies { get; }

        public DataAttributeCatalog DataAttributes { get; }

        public SearchableResource<Conversation> Conversations { get; }

        public SearchableResource<Contact> Contacts { get; }

        public SearchableResource<Ticket> Tickets { get; }

        /// <summary>Attaches contacts and assignees to conversations through the cache.</summary>
        public ConversationExpander Expander { get; }

        /// <summary>Creates, updates, deletes, merges, notes and tags contacts, keeping the session cache true.</summary>
        public ContactChanges ContactChanges { get; }

        /// <summary>Replies to, closes, opens, assigns, snoozes, updates and tags conversations.</summary>
        public ConversationChanges ConversationChanges { get; }

        /// <summary>Creates and deletes workspace tags, and tags companies.</summary>
        public TagChanges TagChanges { get; }

        /// <summary>Endpoints the typed cmdlets do not wrap (Invoke-IntercomRequest).</summary>
        public RawApi Raw { get; }

        /// <summary>The admin the token acts as (GET /me); the default actor of every change.</summary>
        public Admin Admin { get; }

        public string? AdminId => Admin.Id;

        public string? WorkspaceName => Admin.App?.Name;

        public string? WorkspaceId => Admin.App?.IdCode;

        /// <summary>US, EU, AU, Sandbox, or Custom for any other base URI.</summary>
        public string Region { get; }

        public string ApiVersion => Client.ApiVersion;

        public Uri BaseUri => Client.BaseUri;

        public DateTimeOffset ConnectedAt { get; }

        /// <summary>The file every request attempt is logged to (Connect-Intercom -RequestLogPath), or null.</summary>
        public string? RequestLogPath => Client.RequestLog?.Path;

        public bool IsSandbox => Sandbox != null;

        /// <summary>The in-memory workspace this connection talks to, when connected with -Sandbox.</summary>
        public object? Sandbox { get; set; }

        /// <summary>Builds the transport and proves the token works with GET /me.</summary>
        public static async Task<IntercomConnection> ConnectAsync(IntercomClientOptions options, string region, CacheSettings cacheSettings, CancellationToken cancellationToken)
        {
            var client = new IntercomClient(options);
            try
            {
                var request = new ApiRequest(HttpMethod.Get, "me") { Route = "GET /me" };
                var admin = await client.SendAsync(request, (_, body) => IntercomJson.Deserialize<Admin>(body), cancellationToken).ConfigureAwait(false);
                return new IntercomConnection(client, admin, region, options.TimeProvider.GetUtcNow(), cacheSettings);
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        public override string ToString() =>
            $"{WorkspaceName ?? "?"} ({WorkspaceId ?? "?"}) as {Admin.Name ?? Admin.Email ?? AdminId} [{Region}, API {ApiVersion}]";

        /// <summary>Ties the lifetime of something the connection depends on (a sandbox server) to the connection.</summary>
        public void OwnResource(IDisposable resource)
        {
            lock (_owned) _owned.Add(resource);
        }

        /// <summary>True once Disconnect-Intercom (or a later Connect-Intercom) has closed the connection.</summary>
        public bool IsClosed { get; private set; }

        public void Dispose()
        {
            IsClosed = true;
            Client.Dispose();
            Cache.Dispose();
            lock (_owned)
            {
                foreach (var resource in _owned) resource.Dispose();
                _owned.Clear();
            }
        }
    }
}
