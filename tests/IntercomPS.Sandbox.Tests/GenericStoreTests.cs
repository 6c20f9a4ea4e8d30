using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;
using IntercomPS.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>
    /// The generic store behind declared operations no hand-written route serves. Each test declares its own
    /// resources over routes of the description, in the paging kind under test, so the tests do not depend on which
    /// resources the module declares today.
    /// </summary>
    public class GenericStoreTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

        private static readonly ResourceDescriptor<SampleObject> Articles = new ResourceDescriptor<SampleObject>("Article", "article_id")
            .Lists("articles", PagingKind.PageNumber)
            .Gets("articles/{article_id}")
            .Creates("articles", false, "title", "body")
            .Updates("articles/{article_id}", "PUT", "title")
            .Deletes("articles/{article_id}");

        private static readonly ResourceDescriptor<SampleObject> Collections = new ResourceDescriptor<SampleObject>("Collection", "collection_id")
            .Lists("help_center/collections", PagingKind.Cursor)
            .Gets("help_center/collections/{collection_id}")
            .Creates("help_center/collections", false, "name")
            .Deletes("help_center/collections/{collection_id}");

        private static readonly ResourceDescriptor<SampleObject> Tickets = new ResourceDescriptor<SampleObject>("Ticket", "ticket_id")
            .Searches("tickets/search", new SearchFields<SampleObject>(SearchDateRule.Second), "tickets")
            .Gets("tickets/{ticket_id}")
            .Creates("tickets", false, "ticket_type_id", "ticket_attributes")
            .Acts("reply", "POST", "tickets/{ticket_id}/reply", false, "body")
            .Acts("change_type", "POST", "tickets/{ticket_id}/change_type", false, "ticket_type_id");

        private static readonly ResourceDescriptor<SampleObject> NewsItems = new ResourceDescriptor<SampleObject>("NewsItem", "news_item_id")
            .Lists("news/news_items", PagingKind.Scroll)
            .Creates("news/news_items", false, "title");

        private static readonly ResourceDescriptor<SampleObject> TicketTypes = new ResourceDescriptor<SampleObject>("TicketType", "ticket_type_id")
            .Lists("ticket_types", PagingKind.WholeList)
            .Gets("ticket_types/{ticket_type_id}")
            .Creates("ticket_types", false, "name");

        private static readonly ResourceDescriptor<SampleObject> CompanyNotes = new ResourceDescriptor<SampleObject>("Note", "note_id")
            .Gets("notes/{note_id}")
            .Lists("companies/{company_id}/notes", PagingKind.PageNumber)
            .Creates("companies/{company_id}/notes", false, "body");

        private static readonly ResourceDescriptor<SampleObject> Events = new ResourceDescriptor<SampleObject>("DataEvent", "event_id")
            .Lists("events", PagingKind.NextLink, "events")
            .Creates("events", false, "event_name", "created_at", "user_id");

        private static readonly ResourceDescriptor<SampleObject> MergeHistory = new ResourceDescriptor<SampleObject>("ContactMergeHistory", "source_contact_id")
            .Lists("contacts/{id}/merge_history", PagingKind.QueryCursor, "data");

        /// <summary>
        /// Reads segments by the hand-written route, changes them by generic ones (Intercom's API cannot change
        /// segments: the routes are a test's, undocumented, so the generic store answers them plainly).
        /// </summary>
        private static readonly ResourceDescriptor<SampleObject> Segments = new ResourceDescriptor<SampleObject>("Segment", "segment_id")
            .Gets("segments/{segment_id}")
            .Updates("segments/{segment_id}", "PUT", "name")
            .Deletes("segments/{segment_id}");

        private static readonly ResourceDescriptor<SampleObject> Snippets = new ResourceDescriptor<SampleObject>("ContentSnippet", "id")
            .Lists("content_snippets", PagingKind.WholeList)
            .Gets("content_snippets/{id}")
            .Deletes("content_snippets/{id}");

        /// <summary>Listed whole by a hand-written route, created and changed by generic ones.</summary>
        private static readonly ResourceDescriptor<SampleObject> DataAttributes = new ResourceDescriptor<SampleObject>("DataAttribute", "data_attribute_id")
            .Lists("data_attributes", PagingKind.WholeList)
            .Creates("data_attributes", false, "name", "model", "data_type")
            .Updates("data_attributes/{data_attribute_id}", "PUT", "description");

        private static SandboxClient Serving(params ResourceDescriptor[] resources) =>
            new SandboxClient(Transport.InProcess, SandboxClient.Small(o =>
            {
                o.Resources = resources;
                o.TimeProvider = new FakeTimeProvider(Now);
            }));

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Create_get_update_list_delete_then_404(Transport transport)
        {
            using var client = new SandboxClient(transport, SandboxClient.Small(o =>
            {
                o.Resources = new ResourceDescriptor[] { Articles };
                o.TimeProvider = new FakeTimeProvider(Now);
            }));
            var created = (await client.PostAsync("articles", new { title = "Working offline", body = "<p>Try it.</p>", author_id = 991267407 })).EnsureOk().Json;
            var id = created.Str("id");
            Assert.Equal("article", created.Str("type"));
            Assert.Equal("Working offline", created.Str("title"));
            Assert.Equal(991267407, created.Long("author_id"));
            Assert.Equal(Now.ToUnixTimeSeconds(), created.Long("created_at"));
            Assert.Equal(Now.ToUnixTimeSeconds(), created.Long("updated_at"));

            var read = (await client.GetAsync("articles/" + id)).EnsureOk().Json;
            Assert.Equal(created.GetRawText(), read.GetRawText());

            var updated = (await client.PutAsync("articles/" + id, new { title = "Renamed", type = "not-an-article" })).EnsureOk().Json;
            Assert.Equal("Renamed", updated.Str("title"));
            Assert.Equal("<p>Try it.</p>", updated.Str("body"));
            Assert.Equal("article", updated.Str("type"));
            Assert.Equal(id, updated.Str("id"));
            Assert.Equal("Renamed", (await client.GetAsync("articles/" + id)).EnsureOk().Json.Str("title"));

            var listed = (await client.GetAsync("articles")).EnsureOk().Json;
            var items = listed.GetProperty("data").EnumerateArray().ToList();
            Assert.Contains(items, item => item.Str("id") == id && item.Str("title") == "Renamed");
            Assert.Contains(items, item => item.Str("id") != id);
            Assert.Equal(items.Count, listed.GetProperty("total_count").GetInt32());

            var deleted = (await client.DeleteAsync("articles/" + id)).EnsureOk().Json;
            Assert.Equal(id, deleted.Str("id"));
            Assert.True(deleted.GetProperty("deleted").GetBoolean());

            (await client.GetAsync("articles/" + id)).AssertError(404, "not_found");
            (await client.PutAsync("articles/" + id, new { title = "Again" })).AssertError(404, "not_found");
            (await client.DeleteAsync("articles/" + id)).AssertError(404, "not_found");
            var after = (await client.GetAsync("articles")).EnsureOk().Json;
            Assert.DoesNotContain(after.GetProperty("data").EnumerateArray(), item => item.Str("id") == id);
        }

        private static readonly ResourceDescriptor<SampleObject> TicketTypeAttributes = new ResourceDescriptor<SampleObject>("TicketTypeAttribute", "attribute_id")
            .Creates("ticket_types/{ticket_type_id}/attributes", false, "name")
            .Updates("ticket_types/{ticket_type_id}/attributes/{attribute_id}", "PUT", "name");

        private static readonly ResourceDescriptor<SampleObject> EnqueuedTickets = new ResourceDescriptor<SampleObject>("Ticket", "ticket_id")
            .Acts("enqueue", "POST", "tickets/enqueue", false, "ticket_type_id");

        private static readonly ResourceDescriptor<SampleObject> Jobs = new ResourceDescriptor<SampleObject>("Job", "job_id")
            .Gets("jobs/status/{job_id}");

        [Fact]
        public async Task An_object_made_under_a_parent_names_that_parent_and_is_changed_through_it()
        {
            using var client = Serving(TicketTypes, TicketTypeAttributes);
            var type = (await client.PostAsync("ticket_types", new { name = "Bug report" })).EnsureOk().Json.Str("id");
            var attribute = (await client.PostAsync($"ticket_types/{type}/attributes", new { name = "Browser" })).EnsureOk().Json;
            // The description's example names another ticket type (a number there): the path's is the one.
            Assert.Equal(type, attribute.GetProperty("ticket_type_id").ToString());
            var changed = (await client.PutAsync($"ticket_types/{type}/attributes/{attribute.Str("id")}", new { name = "Browsers" })).EnsureOk().Json;
            Assert.Equal("Browsers", changed.Str("name"));
            Assert.Equal(type, changed.GetProperty("ticket_type_id").ToString());
        }

        [Fact]
        public async Task A_created_at_the_request_gives_is_kept_and_the_rest_is_stamped_now()
        {
            using var client = Serving(Articles);
            var imported = new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            var created = (await client.PostAsync("articles", new { title = "Imported", created_at = imported })).EnsureOk().Json;
            Assert.Equal(imported, created.Long("created_at"));
            Assert.Equal(Now.ToUnixTimeSeconds(), created.Long("updated_at"));
        }

        [Fact]
        public async Task An_action_that_creates_an_object_of_another_resource_stores_it_there_under_a_new_id()
        {
            using var client = Serving(EnqueuedTickets, Jobs);
            var first = (await client.PostAsync("tickets/enqueue", new { ticket_type_id = "1" })).EnsureOk().Json;
            var second = (await client.PostAsync("tickets/enqueue", new { ticket_type_id = "1" })).EnsureOk().Json;
            Assert.Equal("job", first.Str("type"));
            Assert.NotEqual(first.Str("id"), second.Str("id"));
            foreach (var job in new[] { first, second })
            {
                Assert.Equal(job.Str("id"), (await client.GetAsync("jobs/status/" + job.Str("id"))).EnsureOk().Json.Str("id"));
            }
        }

        [Fact]
        public async Task An_unknown_id_is_Intercoms_404()
        {
            using var client = Serving(Articles);
            var answer = (await client.GetAsync("articles/424242")).AssertError(404, "not_found");
            Assert.Equal("application/json", answer.ContentType);
        }

        [Fact]
        public async Task The_examples_of_the_description_are_there_from_the_start_with_their_ids()
        {
            using var client = Serving(Articles, Tickets);
            var articles = (await client.GetAsync("articles")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            Assert.NotEmpty(articles);
            foreach (var article in articles) (await client.GetAsync("articles/" + article.Str("id"))).EnsureOk();

            using var again = Serving(Articles, Tickets);
            var sameArticles = (await again.GetAsync("articles")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            Assert.Equal(articles.Ids(), sameArticles);

            // The example of GET /tickets/{ticket_id} is a ticket of the store, though no list shows it in the description.
            var tickets = await client.SearchAllAsync("tickets/search", new { field = "id", @operator = "!=", value = "" }, items: "tickets");
            Assert.True(tickets.Count >= 2, $"expected the search example's and the get example's tickets, got {tickets.Count}");
            foreach (var ticket in tickets) (await client.GetAsync("tickets/" + ticket.Str("id"))).EnsureOk();
        }

        [Fact]
        public async Task Next_links_walk_every_item_once_and_keep_the_query()
        {
            using var client = Serving(Events);
            for (var i = 0; i < 7; i++)
            {
                Assert.Equal(202, (await client.PostAsync("events", new { event_name = "step-" + i, created_at = 1700000000 + i, user_id = "u1" })).Status);
            }
            var walked = new List<string>();
            var path = "events?type=user&user_id=u1&per_page=3";
            for (var pages = 0; path != null; pages++)
            {
                Assert.True(pages < 5, "the next links do not end");
                var json = (await client.GetAsync(path)).EnsureOk().Json;
                walked.AddRange(json.GetProperty("events").EnumerateArray().Select(e => e.Str("event_name")));
                path = json.GetProperty("pages").TryGetProperty("next", out var next) ? next.GetString()!.TrimStart('/') : null;
                if (path != null) Assert.Contains("user_id=u1", path);
            }
            Assert.Equal(Enumerable.Range(0, 7).Select(i => "step-" + i), walked);
        }

        [Fact]
        public async Task Query_cursors_walk_every_item_once_and_say_when_there_is_more()
        {
            using var client = Serving(MergeHistory);
            var contact = client.Workspace.ContactIdAt(0);
            var first = (await client.GetAsync($"contacts/{contact}/merge_history?per_page=1")).EnsureOk().Json;
            Assert.Equal(1, first.GetProperty("data").GetArrayLength());
            Assert.False(first.GetProperty("has_more").GetBoolean());
            Assert.Equal(JsonValueKind.Null, first.GetProperty("next_cursor").ValueKind);
            (await client.GetAsync($"contacts/{contact}/merge_history?cursor=not-a-cursor")).AssertError(400, "client_error");
        }

        [Fact]
        public async Task Page_numbers_walk_every_item_once()
        {
            using var client = Serving(Articles);
            var createdIds = new List<string>();
            for (var i = 0; i < 23; i++) createdIds.Add((await client.PostAsync("articles", new { title = "Article " + i })).EnsureOk().Json.Str("id"));
            var all = (await client.GetAsync("articles?per_page=150")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();

            var first = (await client.GetAsync("articles?per_page=5")).EnsureOk().Json;
            var pages = first.GetProperty("pages");
            Assert.Equal("pages", pages.Str("type"));
            Assert.Equal(1, pages.GetProperty("page").GetInt32());
            Assert.Equal(5, pages.GetProperty("per_page").GetInt32());
            var totalPages = pages.GetProperty("total_pages").GetInt32();
            Assert.Equal((all.Count + 4) / 5, totalPages);
            Assert.Equal(all.Count, first.GetProperty("total_count").GetInt32());

            var walked = new List<string>();
            for (var page = 1; page <= totalPages; page++)
            {
                var json = (await client.GetAsync($"articles?per_page=5&page={page}")).EnsureOk().Json;
                Assert.Equal(page, json.GetProperty("pages").GetProperty("page").GetInt32());
                walked.AddRange(json.GetProperty("data").EnumerateArray().Ids());
            }
            Assert.Equal(all, walked);
            Assert.Subset(new HashSet<string>(walked), new HashSet<string>(createdIds));
            Assert.Equal(0, (await client.GetAsync($"articles?per_page=5&page={totalPages + 1}")).EnsureOk().Json.GetProperty("data").GetArrayLength());
            (await client.GetAsync("articles?per_page=0")).AssertError(400, "parameter_invalid");
            (await client.GetAsync("articles?page=0")).AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task Cursors_walk_every_item_once_and_deletes_do_not_shift_later_pages()
        {
            using var client = Serving(Collections);
            for (var i = 0; i < 17; i++) (await client.PostAsync("help_center/collections", new { name = "Collection " + i })).EnsureOk();
            var all = (await client.GetAsync("help_center/collections?per_page=150")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            Assert.Equal(all, await WalkCursor(client, 4));

            var first = (await client.GetAsync("help_center/collections?per_page=4")).EnsureOk().Json;
            Assert.Equal(4, first.GetProperty("pages").GetProperty("next").GetProperty("per_page").GetInt32());
            var cursor = first.GetProperty("pages").GetProperty("next").Str("starting_after");
            var secondBefore = (await client.GetAsync("help_center/collections?per_page=4&starting_after=" + cursor)).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            // Deleting an item already handed out, and creating one (which goes last), leave the next page as it was.
            (await client.DeleteAsync("help_center/collections/" + all[1])).EnsureOk();
            (await client.PostAsync("help_center/collections", new { name = "Late" })).EnsureOk();
            var secondAfter = (await client.GetAsync("help_center/collections?per_page=4&starting_after=" + cursor)).EnsureOk().Json;
            Assert.Equal(secondBefore, secondAfter.GetProperty("data").EnumerateArray().Ids());
            Assert.Equal(2, secondAfter.GetProperty("pages").GetProperty("page").GetInt32());

            (await client.GetAsync("help_center/collections?starting_after=garbage")).AssertError(400, "client_error");
            (await client.GetAsync("help_center/collections?per_page=151")).AssertError(400, "parameter_invalid");
        }

        private static async Task<List<string>> WalkCursor(SandboxClient client, int perPage)
        {
            var walked = new List<string>();
            var cursors = new HashSet<string>();
            string? cursor = null;
            while (true)
            {
                var json = (await client.GetAsync($"help_center/collections?per_page={perPage}" + (cursor == null ? "" : "&starting_after=" + Uri.EscapeDataString(cursor)))).EnsureOk().Json;
                var page = json.GetProperty("data").EnumerateArray().Ids();
                Assert.InRange(page.Count, 1, perPage);
                walked.AddRange(page);
                if (!json.GetProperty("pages").TryGetProperty("next", out var next)) return walked;
                cursor = next.Str("starting_after");
                Assert.True(cursors.Add(cursor), "cursor repeated");
            }
        }

        [Fact]
        public async Task Searches_page_by_cursor_and_filter_on_the_members_the_objects_carry()
        {
            using var client = Serving(Tickets);
            var created = new List<string>();
            for (var i = 0; i < 12; i++)
            {
                var ticket = (await client.PostAsync("tickets", new { ticket_type_id = "95", ticket_attributes = new Dictionary<string, object> { ["_default_title_"] = "Printer " + i } })).EnsureOk().Json;
                Assert.Equal("Printer " + i, ticket.GetProperty("ticket_attributes").Str("_default_title_"));
                created.Add(ticket.Str("id"));
            }

            var everything = new { field = "created_at", @operator = ">", value = 0 };
            var all = await client.SearchAllAsync("tickets/search", everything, perPage: 5, items: "tickets");
            Assert.Equal(all.Ids().Distinct().Count(), all.Count);
            Assert.Subset(new HashSet<string>(all.Ids()), new HashSet<string>(created));
            var page = (await client.PostAsync("tickets/search", new { query = everything, pagination = new { per_page = 5 } })).EnsureOk().Json;
            Assert.Equal("ticket.list", page.Str("type"));
            Assert.Equal(all.Count, page.GetProperty("total_count").GetInt32());
            Assert.Equal(5, page.GetProperty("tickets").GetArrayLength());

            var byTitle = new
            {
                @operator = "AND",
                value = new object[]
                {
                    new { field = "ticket_attributes._default_title_", @operator = "~", value = "printer 1" },
                    new { field = "created_at", @operator = ">=", value = Now.ToUnixTimeSeconds() },
                },
            };
            var found = await client.SearchAllAsync("tickets/search", byTitle, items: "tickets");
            Assert.Equal(new[] { created[1], created[10], created[11] }, found.Ids());
            // A field no ticket carries filters nothing: the store does not know the search field tables.
            Assert.Equal(all.Count, (await client.SearchAllAsync("tickets/search", new { field = "state", @operator = "=", value = "open" }, items: "tickets")).Count);

            var cursor = page.GetProperty("pages").GetProperty("next").Str("starting_after");
            (await client.PostAsync("tickets/search", new { query = byTitle, pagination = new { per_page = 5, starting_after = cursor } })).AssertError(400, "client_error");
            (await client.PostAsync("tickets/search", new { pagination = new { per_page = 5 } })).AssertError(400, "parameter_not_found");
            (await client.PostAsync("tickets/search", new { query = new { field = "id", @operator = "LIKE", value = "1" } })).AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task A_scroll_hands_out_every_item_once_and_ends_with_an_empty_page()
        {
            using var client = Serving(NewsItems);
            for (var i = 0; i < 120; i++) (await client.PostAsync("news/news_items", new { title = "News " + i })).EnsureOk();
            var walked = new List<string>();
            string? scroll = null;
            for (var requests = 0; ; requests++)
            {
                Assert.True(requests < 50, "the scroll does not end");
                var json = (await client.GetAsync("news/news_items" + (scroll == null ? "" : "?scroll_param=" + Uri.EscapeDataString(scroll)))).EnsureOk().Json;
                var page = json.GetProperty("data").EnumerateArray().Ids();
                scroll = json.Str("scroll_param");
                if (page.Count == 0) break;
                walked.AddRange(page);
            }
            Assert.Equal(walked.Distinct().Count(), walked.Count);
            Assert.True(walked.Count >= 120);
            (await client.GetAsync("news/news_items?scroll_param=garbage")).AssertError(400, "client_error");
        }

        [Fact]
        public async Task A_whole_list_comes_in_one_answer()
        {
            using var client = Serving(TicketTypes);
            for (var i = 0; i < 60; i++) (await client.PostAsync("ticket_types", new { name = "Type " + i })).EnsureOk();
            var json = (await client.GetAsync("ticket_types")).EnsureOk().Json;
            var ids = json.GetProperty("data").EnumerateArray().Ids();
            Assert.True(ids.Count > 60);
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.False(json.TryGetProperty("pages", out _));
        }

        [Fact]
        public async Task Collections_under_different_parents_are_separate_and_parents_must_exist()
        {
            using var client = Serving(CompanyNotes);
            var companyA = client.Workspace.CompanyIds[0];
            var companyB = client.Workspace.CompanyIds[1];
            var examples = (await client.GetAsync($"companies/{companyB}/notes")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();

            var note = (await client.PostAsync($"companies/{companyA}/notes", new { body = "<p>Renewal due</p>" })).EnsureOk().Json;
            var id = note.Str("id");
            var underA = (await client.GetAsync($"companies/{companyA}/notes")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            var underB = (await client.GetAsync($"companies/{companyB}/notes")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            Assert.Contains(id, underA);
            Assert.DoesNotContain(id, underB);
            Assert.Equal(examples, underB);
            Assert.Equal(examples.Concat(new[] { id }), underA);
            Assert.Equal("<p>Renewal due</p>", (await client.GetAsync("notes/" + id)).EnsureOk().Json.Str("body"));

            // The parent is checked by the route that reads it, here the hand-written GET /companies/{company_id}.
            (await client.GetAsync("companies/no-such-company/notes")).AssertError(404, "company_not_found");
            (await client.PostAsync("companies/no-such-company/notes", new { body = "lost" })).AssertError(404, "company_not_found");
        }

        [Fact]
        public async Task Hand_written_routes_come_first_and_read_back_what_generic_routes_wrote()
        {
            using var client = Serving(Segments);
            Assert.Single(client.Workspace.Routes, route => route == "GET /segments/{segment_id}");
            var id = client.Workspace.SegmentIds[2];
            var before = (await client.GetAsync("segments/" + id)).EnsureOk().Json;

            var updated = (await client.PutAsync("segments/" + id, new { name = "Renamed segment" })).EnsureOk().Json;
            Assert.Equal("Renamed segment", updated.Str("name"));
            Assert.Equal(before.Str("person_type"), updated.Str("person_type"));
            Assert.Equal("Renamed segment", (await client.GetAsync("segments/" + id)).EnsureOk().Json.Str("name"));

            (await client.DeleteAsync("segments/" + id)).EnsureOk();
            (await client.GetAsync("segments/" + id)).AssertError(404, "not_found");
            (await client.PutAsync("segments/no-such-segment", new { name = "x" })).AssertError(404, "not_found");
            // Untouched segments are still the hand-written route's.
            Assert.Equal(client.Workspace.SegmentIds[3], (await client.GetAsync("segments/" + client.Workspace.SegmentIds[3])).EnsureOk().Json.Str("id"));
        }

        [Fact]
        public async Task Operations_documented_without_an_answer_body_answer_none_and_still_act()
        {
            using var client = Serving(Events, Snippets);
            var submitted = (await client.PostAsync("events", new { event_name = "invited-friend", created_at = 1767225600 }));
            Assert.Equal(202, submitted.Status);
            Assert.Equal("", submitted.Text);
            var events = (await client.GetAsync("events")).EnsureOk().Json;
            Assert.Equal("event.summary", events.Str("type"));
            Assert.Contains(events.GetProperty("events").EnumerateArray(), e => e.Str("event_name") == "invited-friend");

            var snippet = (await client.GetAsync("content_snippets")).EnsureOk().Json.GetProperty("data")[0].Str("id");
            var deleted = await client.DeleteAsync("content_snippets/" + snippet);
            Assert.Equal(204, deleted.Status);
            Assert.Equal("", deleted.Text);
            (await client.GetAsync("content_snippets/" + snippet)).AssertError(404, "not_found");
        }

        [Fact]
        public async Task A_hand_written_whole_list_shows_what_generic_routes_created_and_changed()
        {
            using var client = Serving(DataAttributes);
            var before = (await client.GetAsync("data_attributes")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            // Standard attributes have no id; custom ones do.
            var custom = before.First(a => a.TryGetProperty("id", out _));
            var listed = custom.GetProperty("id").ToString();

            var created = (await client.PostAsync("data_attributes", new { name = "plan_tier", model = "contact", data_type = "string" })).EnsureOk().Json;
            Assert.Equal("plan_tier", created.Str("name"));
            var changed = (await client.PutAsync("data_attributes/" + listed, new { description = "Changed offline" })).EnsureOk().Json;
            Assert.Equal(custom.Str("name"), changed.Str("name"));
            Assert.Equal("Changed offline", changed.Str("description"));

            var after = (await client.GetAsync("data_attributes")).EnsureOk().Json.GetProperty("data").EnumerateArray().ToList();
            Assert.Equal(before.Count + 1, after.Count);
            Assert.Equal("Changed offline", after.Single(a => a.TryGetProperty("id", out var id) && id.ToString() == listed).Str("description"));
            Assert.Contains(after, a => a.TryGetProperty("id", out var id) && id.ToString() == created.GetProperty("id").ToString() && a.Str("name") == "plan_tier");
            (await client.PutAsync("data_attributes/424242", new { description = "lost" })).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Actions_answer_their_example_naming_the_addressed_object()
        {
            using var client = Serving(Tickets);
            var ticket = (await client.PostAsync("tickets", new { ticket_type_id = "95" })).EnsureOk().Json.Str("id");

            var changed = (await client.PostAsync($"tickets/{ticket}/change_type", new { ticket_type_id = "96" })).EnsureOk().Json;
            Assert.Equal("ticket", changed.Str("type"));
            Assert.Equal(ticket, changed.Str("id"));

            var reply = (await client.PostAsync($"tickets/{ticket}/reply", new { message_type = "note", type = "admin", body = "On it" })).EnsureOk().Json;
            Assert.Equal("ticket_part", reply.Str("type"));
            (await client.PostAsync("tickets/424242/reply", new { body = "lost" })).AssertError(404, "not_found");
        }

        [Fact]
        public async Task Generic_routes_are_logged_faulted_and_rate_limited_like_hand_written_ones()
        {
            using var client = Serving(Articles);
            var articles = (await client.GetAsync("articles")).EnsureOk();
            Assert.Equal(1, client.Workspace.Log.Count("GET /articles"));
            Assert.True(articles.Headers.ContainsKey("X-RateLimit-Remaining"));
            Assert.True(articles.Headers.ContainsKey("X-Request-Id"));

            client.Workspace.Options.Faults.Decide = request => request.Route == "GET /articles/{article_id}" ? SandboxFault.ServerError500 : (SandboxFault?)null;
            var id = articles.Json.GetProperty("data")[0].Str("id");
            (await client.GetAsync("articles/" + id)).AssertError(500, "server_error");
            Assert.Equal(1, client.Workspace.Log.Count("GET /articles/{article_id}"));
            client.Workspace.Options.Faults.Decide = null;

            // One request per 10-second window, and the workspace clock stands still: the window's request was GET /articles.
            client.Workspace.Options.RateLimitPerMinute = 6;
            (await client.GetAsync("articles/" + id)).AssertError(429, "rate_limit_exceeded");
        }

        [Fact]
        public async Task Ids_are_single_path_segments()
        {
            using var client = Serving(Articles);
            var id = (await client.GetAsync("articles")).EnsureOk().Json.GetProperty("data")[0].Str("id");
            (await client.GetAsync("articles/" + id)).EnsureOk();
            (await client.GetAsync("articles/" + Uri.EscapeDataString(id + "/../" + id))).AssertError(404, "not_found");
            (await client.GetAsync("articles/" + id + "/extra")).AssertError(404, "not_found");
        }

        /// <summary>A model for declarations the tests make: the sandbox never reads the model type.</summary>
        public sealed class SampleObject : IntercomObject
        {
            public string? Id { get; set; }
        }
    }
}
