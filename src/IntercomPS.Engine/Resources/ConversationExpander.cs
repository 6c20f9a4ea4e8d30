using System.Net;
using IntercomPS.Engine.Concurrency;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>What to attach to each conversation of a page.</summary>
    public sealed class ExpansionOptions
    {
        /// <summary>The full contact objects of the conversation's contacts.</summary>
        public bool Contacts { get; set; }

        /// <summary>The assigned admin and team.</summary>
        public bool Assignee { get; set; }

        /// <summary>Contact lookups in flight at once.</summary>
        public int Concurrency { get; set; } = 5;
    }

    /// <summary>The objects a conversation refers to, resolved.</summary>
    public sealed class ConversationExpansion
    {
        internal ConversationExpansion(IReadOnlyList<Contact> contacts, IReadOnlyList<string> missingContactIds, Admin? assignedAdmin, Team? assignedTeam)
        {
            Contacts = contacts;
            MissingContactIds = missingContactIds;
            AssignedAdmin = assignedAdmin;
            AssignedTeam = assignedTeam;
        }

        public IReadOnlyList<Contact> Contacts { get; }

        /// <summary>Contacts the conversation names that no longer exist (deleted since).</summary>
        public IReadOnlyList<string> MissingContactIds { get; }

        public Admin? AssignedAdmin { get; }

        public Team? AssignedTeam { get; }
    }

    /// <summary>
    /// Resolves the contacts and assignees of a page of conversations through the session cache: each distinct
    /// contact of the page is looked up once (and not at all when cached), admins and teams come from their whole
    /// lists (one request each per cache lifetime), so N conversations from M contacts cost about M lookups.
    /// </summary>
    public sealed class ConversationExpander
    {
        private static readonly IReadOnlyList<string> NoIds = Array.Empty<string>();

        private readonly SearchableResource<Contact> _contacts;
        private readonly ResourceCollection<Admin> _admins;
        private readonly ResourceCollection<Team> _teams;

        internal ConversationExpander(SearchableResource<Contact> contacts, ResourceCollection<Admin> admins, ResourceCollection<Team> teams)
        {
            _contacts = contacts;
            _admins = admins;
            _teams = teams;
        }

        /// <summary>One expansion per conversation, in the page's order.</summary>
        public async Task<IReadOnlyList<ConversationExpansion>> ExpandAsync(IReadOnlyList<Conversation> page, ExpansionOptions options, CancellationToken cancellationToken)
        {
            var contacts = options.Contacts
                ? await ResolveContactsAsync(page.SelectMany(c => c.ContactIds).Distinct(StringComparer.Ordinal).ToList(), options.Concurrency, cancellationToken).ConfigureAwait(false)
                : new Dictionary<string, Contact?>();
            var admins = new Dictionary<string, Admin?>(StringComparer.Ordinal);
            var teams = new Dictionary<string, Team?>(StringComparer.Ordinal);
            if (options.Assignee)
            {
                foreach (var id in page.Select(c => c.AdminAssigneeId).Where(IsAssigned).Distinct(StringComparer.Ordinal))
                {
                    admins[id!] = await _admins.FindInListAsync(id!, cancellationToken).ConfigureAwait(false);
                }
                foreach (var id in page.Select(c => c.TeamAssigneeId).Where(IsAssigned).Distinct(StringComparer.Ordinal))
                {
                    teams[id!] = await _teams.FindInListAsync(id!, cancellationToken).ConfigureAwait(false);
                }
            }

            var expansions = new ConversationExpansion[page.Count];
            for (var i = 0; i < page.Count; i++)
            {
                var conversation = page[i];
                var found = new List<Contact>();
                List<string>? missing = null;
                if (options.Contacts)
                {
                    foreach (var id in conversation.ContactIds)
                    {
                        if (contacts.TryGetValue(id, out var contact) && contact != null) found.Add(contact);
                        else (missing ??= new List<string>()).Add(id);
                    }
                }
                expansions[i] = new ConversationExpansion(
                    found,
                    missing ?? NoIds,
                    Lookup(admins, conversation.AdminAssigneeId),
                    Lookup(teams, conversation.TeamAssigneeId));
            }
            return expansions;
        }

        private static TValue? Lookup<TValue>(Dictionary<string, TValue?> resolved, string? id) where TValue : class =>
            IsAssigned(id) && resolved.TryGetValue(id!, out var value) ? value : null;

        // Intercom sends 0 (or nothing) for "unassigned".
        private static bool IsAssigned(string? id) => !string.IsNullOrEmpty(id) && id != "0";

        private async Task<Dictionary<string, Contact?>> ResolveContactsAsync(IReadOnlyList<string> ids, int concurrency, CancellationToken cancellationToken)
        {
            var resolved = await OrderedWorkQueue<Contact?>.MapAsync(ids, concurrency, async (id, token) =>
            {
                try
                {
                    return await _contacts.GetAsync(id, token).ConfigureAwait(false);
                }
                catch (IntercomApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
                {
                    // A contact deleted since the conversation was written: the conversation is still worth having.
                    return (Contact?)null;
                }
            }, cancellationToken).ConfigureAwait(false);
            var byId = new Dictionary<string, Contact?>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++) byId[ids[i]] = resolved[i];
            return byId;
        }
    }
}
