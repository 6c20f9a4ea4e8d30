using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>
    /// Each operator against an expectation computed here from the listed objects, so a search that returns too much,
    /// too little or the wrong items fails.
    /// </summary>
    public class SearchOperatorTests : IClassFixture<SearchOperatorTests.Corpus>
    {
        private readonly Corpus _corpus;

        public SearchOperatorTests(Corpus corpus)
        {
            _corpus = corpus;
        }

        public sealed class Corpus : IDisposable
        {
            public Corpus()
            {
                Client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.ConversationCount = 900));
                Conversations = Client.ListAllAsync("conversations", "conversations", 150).GetAwaiter().GetResult();
                Contacts = Client.ListAllAsync("contacts", "data", 150).GetAwaiter().GetResult();
            }

            public SandboxClient Client { get; }
            public List<JsonElement> Conversations { get; }
            public List<JsonElement> Contacts { get; }

            public void Dispose() => Client.Dispose();
        }

        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };
        private static object G(string op, params object[] value) => new { @operator = op, value };

        private static string? Author(JsonElement c, string name) => c.GetProperty("source").GetProperty("author").GetProperty(name).GetString();
        private static List<string> TagIds(JsonElement c) => c.GetProperty("tags").GetProperty("tags").EnumerateArray().Select(t => t.Str("id")).ToList();
        private static List<string> ContactIds(JsonElement c) => c.GetProperty("contacts").GetProperty("contacts").EnumerateArray().Select(t => t.Str("id")).ToList();
        private static long Parts(JsonElement c) => c.GetProperty("statistics").Long("count_conversation_parts");

        private async Task AssertConversations(object query, Func<JsonElement, bool> expected)
        {
            var want = _corpus.Conversations.Where(expected).Ids();
            var got = (await _corpus.Client.SearchAllAsync("conversations/search", query)).Ids();
            Assert.NotEmpty(want);
            Assert.True(want.Count < _corpus.Conversations.Count, "the filter must exclude something");
            Assert.Equal(want, got);
        }

        private async Task AssertContacts(object query, Func<JsonElement, bool> expected)
        {
            var want = _corpus.Contacts.Where(expected).Ids();
            var got = (await _corpus.Client.SearchAllAsync("contacts/search", query, items: "data")).Ids();
            Assert.NotEmpty(want);
            Assert.True(want.Count < _corpus.Contacts.Count, "the filter must exclude something");
            Assert.Equal(want, got);
        }

        [Fact] public Task Equals_on_a_string() => AssertConversations(F("state", "=", "open"), c => c.Str("state") == "open");
        [Fact] public Task Equals_ignores_case() => AssertConversations(F("state", "=", "SNOOZED"), c => c.Str("state") == "snoozed");
        [Fact] public Task Not_equals() => AssertConversations(F("state", "!=", "closed"), c => c.Str("state") != "closed");
        [Fact] public Task In() => AssertConversations(F("priority", "IN", new[] { "high", "urgent" }), c => c.Str("priority") is "high" or "urgent");
        [Fact] public Task Not_in() => AssertConversations(F("priority", "NIN", new[] { "none", "low" }), c => c.Str("priority") is not ("none" or "low"));
        [Fact] public Task Lower_than_an_integer_is_strict() => AssertConversations(F("statistics.count_conversation_parts", "<", 4), c => Parts(c) < 4);
        [Fact] public Task Lower_or_equal() => AssertConversations(F("statistics.count_conversation_parts", "<=", 4), c => Parts(c) <= 4);
        [Fact] public Task Greater_than_an_integer_is_strict() => AssertConversations(F("statistics.count_conversation_parts", ">", 6), c => Parts(c) > 6);
        [Fact] public Task Greater_or_equal() => AssertConversations(F("statistics.count_conversation_parts", ">=", 6), c => Parts(c) >= 6);
        [Fact] public Task Contains() => AssertConversations(F("source.author.email", "~", "kelly"), c => (Author(c, "email") ?? "").Contains("kelly"));
        [Fact] public Task Does_not_contain() => AssertConversations(F("source.author.email", "!~", "example"), c => !(Author(c, "email") ?? "").Contains("example"));
        [Fact] public Task Starts_with() => AssertConversations(F("source.author.name", "^", "ma"), c => (Author(c, "name") ?? "").StartsWith("Ma", StringComparison.OrdinalIgnoreCase));
        [Fact] public Task Ends_with() => AssertConversations(F("source.author.email", "$", ".org"), c => (Author(c, "email") ?? "").EndsWith(".org"));
        [Fact] public Task Boolean_fields() => AssertConversations(F("open", "=", false), c => !c.GetProperty("open").GetBoolean());
        [Fact] public Task Boolean_fields_accept_strings() => AssertConversations(F("read", "=", "true"), c => c.GetProperty("read").GetBoolean());
        [Fact] public Task Integer_ids_accept_strings() => AssertConversations(F("admin_assignee_id", "=", "0"), c => c.Long("admin_assignee_id") == 0);
        [Fact] public Task Null_matches_missing_values() => AssertConversations(F("title", "=", null), c => c.GetProperty("title").ValueKind == JsonValueKind.Null);
        [Fact] public Task Not_null() => AssertConversations(F("snoozed_until", "!=", null), c => c.GetProperty("snoozed_until").ValueKind != JsonValueKind.Null);
        [Fact] public Task Custom_attributes() => AssertConversations(F("custom_attributes.issue_type", "=", "Billing"), c => c.GetProperty("custom_attributes").Str("issue_type") == "Billing");
        [Fact] public Task Custom_integer_attributes() => AssertConversations(F("custom_attributes.order_count", ">", 15), c => c.GetProperty("custom_attributes").Long("order_count") > 15);

        [Fact]
        public Task Multi_valued_equals_means_contains()
        {
            var tag = _corpus.Client.Workspace.TagIds[2];
            return AssertConversations(F("tag_ids", "=", tag), c => TagIds(c).Contains(tag));
        }

        [Fact]
        public Task Multi_valued_not_in_means_none_of()
        {
            var tags = _corpus.Client.Workspace.TagIds.Take(3).ToArray();
            return AssertConversations(F("tag_ids", "NIN", tags), c => !TagIds(c).Intersect(tags).Any());
        }

        [Fact]
        public Task Contact_ids()
        {
            var contact = ContactIds(_corpus.Conversations[0])[0];
            return AssertConversations(F("contact_ids", "=", contact), c => ContactIds(c).Contains(contact));
        }

        [Fact]
        public Task Source_body_equality_matches_single_words()
        {
            return AssertConversations(F("source.body", "=", "invoice"), c => c.GetProperty("source").Str("body").Contains("invoice"));
        }

        [Fact]
        public Task And_groups()
        {
            return AssertConversations(G("AND", F("state", "=", "open"), F("priority", "!=", "none")),
                c => c.Str("state") == "open" && c.Str("priority") != "none");
        }

        [Fact]
        public Task Or_groups()
        {
            return AssertConversations(G("OR", F("state", "=", "snoozed"), F("priority", "=", "urgent")),
                c => c.Str("state") == "snoozed" || c.Str("priority") == "urgent");
        }

        [Fact]
        public Task Two_levels_of_groups()
        {
            return AssertConversations(
                G("AND", G("OR", F("state", "=", "open"), F("state", "=", "snoozed")), G("OR", F("priority", "=", "high"), F("read", "=", false))),
                c => c.Str("state") != "closed" && (c.Str("priority") == "high" || !c.GetProperty("read").GetBoolean()));
        }

        [Fact]
        public Task Filters_and_groups_mix_in_one_group()
        {
            var start = _corpus.Client.Workspace.Options.RangeStart;
            return AssertConversations(
                G("AND", F("created_at", ">", start.AddDays(10).Unix()), F("created_at", "<", start.AddDays(40).Unix()), G("OR", F("state", "=", "open"), F("priority", "=", "high"))),
                c => c.Long("created_at") >= start.AddDays(10).Unix() && c.Long("created_at") <= start.AddDays(40).Unix() && (c.Str("state") == "open" || c.Str("priority") == "high"));
        }

        [Fact] public Task Contact_role() => AssertContacts(F("role", "=", "lead"), c => c.Str("role") == "lead");
        [Fact] public Task Contact_email_prefix() => AssertContacts(F("email", "^", "a"), c => (c.GetProperty("email").GetString() ?? "").StartsWith("a"));
        [Fact] public Task Contact_name_contains() => AssertContacts(F("name", "~", "murphy"), c => (c.GetProperty("name").GetString() ?? "").Contains("Murphy"));
        [Fact] public Task Contact_custom_in() => AssertContacts(F("custom_attributes.plan", "IN", new[] { "pro", "enterprise" }), c => c.GetProperty("custom_attributes").Str("plan") is "pro" or "enterprise");
        [Fact] public Task Contact_custom_integer() => AssertContacts(F("custom_attributes.seats", ">=", 200), c => c.GetProperty("custom_attributes").Long("seats") >= 200);
        [Fact] public Task Contact_booleans() => AssertContacts(F("unsubscribed_from_emails", "=", true), c => c.GetProperty("unsubscribed_from_emails").GetBoolean());
        [Fact] public Task Contact_location() => AssertContacts(F("location.country", "=", "Ireland"), c => c.GetProperty("location").GetProperty("country").GetString() == "Ireland");

        [Fact]
        public Task Contact_tag_id()
        {
            var tag = _corpus.Client.Workspace.TagIds[1];
            return AssertContacts(F("tag_id", "=", tag), c => c.GetProperty("tags").GetProperty("data").EnumerateArray().Any(t => t.Str("id") == tag));
        }

        [Fact]
        public async Task Contact_segment_id_agrees_with_segment_counts()
        {
            var segments = (await _corpus.Client.GetAsync("segments?include_count=true")).EnsureOk().Json.GetProperty("segments").EnumerateArray().ToList();
            foreach (var segment in segments)
            {
                var found = (await _corpus.Client.PostAsync("contacts/search", new { query = F("segment_id", "=", segment.Str("id")) })).EnsureOk().Json;
                Assert.Equal(segment.GetProperty("count").GetInt32(), found.GetProperty("total_count").GetInt32());
            }
        }

        [Fact]
        public async Task Contacts_sort_by_any_field_in_either_order_and_page_through_the_sorted_result()
        {
            var body = new Dictionary<string, object?>
            {
                ["query"] = F("role", "=", "user"),
                ["sort"] = new { field = "custom_attributes.seats", order = "ascending" },
                ["pagination"] = new { per_page = 25 },
            };
            var sorted = new List<JsonElement>();
            while (true)
            {
                var page = (await _corpus.Client.PostAsync("contacts/search", body)).EnsureOk().Json;
                sorted.AddRange(page.GetProperty("data").EnumerateArray());
                if (!page.GetProperty("pages").TryGetProperty("next", out var next)) break;
                body["pagination"] = new { per_page = 25, starting_after = next.Str("starting_after") };
            }
            var users = _corpus.Contacts.Where(c => c.Str("role") == "user").ToList();
            Assert.Equal(users.Count, sorted.Count);
            Assert.Equal(users.Ids().OrderBy(i => i), sorted.Ids().OrderBy(i => i));
            var seats = sorted.Select(c => c.GetProperty("custom_attributes").Long("seats")).ToList();
            Assert.Equal(seats.OrderBy(s => s), seats);

            var descending = (await _corpus.Client.PostAsync("contacts/search", new { query = F("role", "=", "user"), sort = new { field = "name" } })).EnsureOk().Json;
            var names = descending.GetProperty("data").EnumerateArray().Select(c => c.Str("name")).ToList();
            Assert.Equal(names.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase), names);
        }
    }
}
