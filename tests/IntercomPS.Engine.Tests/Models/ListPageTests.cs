using System.Collections.Generic;
using System.Linq;
using System.Text;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Tests.Models
{
    public class ListPageTests
    {
        private static ListPage<T> Read<T>(string json, string itemsProperty, bool keepRaw = false) where T : class =>
            IntercomJson.ReadListPage<T>(Encoding.UTF8.GetBytes(json), itemsProperty, keepRaw);

        [Fact]
        public void Conversation_list_gives_the_cursor_of_the_next_page()
        {
            var page = Read<Conversation>("""
                {"type": "conversation.list",
                 "pages": {"type": "pages", "next": {"page": 2, "starting_after": "WzE3MzQ1MzcwNjAwMDAsNDcxXQ=="}, "page": 1, "per_page": 2, "total_pages": 3},
                 "total_count": 5,
                 "conversations": [{"type": "conversation", "id": "471"}, {"type": "conversation", "id": 472}]}
                """, ListItemsProperty.Conversations);

            Assert.Equal(new[] { "471", "472" }, page.Items.Select(conversation => conversation.Id));
            Assert.Equal("conversation.list", page.Type);
            Assert.Equal("WzE3MzQ1MzcwNjAwMDAsNDcxXQ==", page.NextCursor);
            Assert.Equal(1, page.Page);
            Assert.Equal(2, page.PerPage);
            Assert.Equal(3, page.TotalPages);
            Assert.Equal(5, page.TotalCount);
            Assert.Null(page.NextPageUrl);
            Assert.Empty(page.AdditionalProperties);
        }

        [Fact]
        public void Items_nested_in_an_object_member_are_read_and_their_companions_skipped()
        {
            // GET /articles/search: {"data": {"articles": [...], "highlights": [...]}}.
            var page = Read<Article>("""
                {"type": "list", "total_count": 2,
                 "data": {"highlights": [{"article_id": "55"}], "articles": [{"type": "article", "id": "55", "title": "Title 1"}, {"id": 56}]},
                 "pages": {"type": "pages", "page": 1, "total_pages": 1, "per_page": 10}}
                """, "data.articles");

            Assert.Equal(new[] { "55", "56" }, page.Items.Select(article => article.Id));
            Assert.Equal(2, page.TotalCount);
            Assert.Equal(1, page.TotalPages);
            Assert.Empty(page.AdditionalProperties);
        }

        [Theory]
        [InlineData("""{"type": "list", "data": {"highlights": []}}""")]
        [InlineData("""{"type": "list", "data": {"articles": null}}""")]
        [InlineData("""{"type": "list", "data": [{"id": "55"}]}""")]
        public void A_nested_items_member_that_is_missing_or_not_an_array_is_malformed(string json)
        {
            Assert.Throws<IntercomJsonException>(() => Read<Article>(json, "data.articles"));
        }

        [Fact]
        public void Last_page_has_no_cursor()
        {
            var page = Read<Conversation>("""
                {"type": "conversation.list", "pages": {"type": "pages", "page": 3, "per_page": 2, "total_pages": 3}, "total_count": 5,
                 "conversations": [{"id": "475"}]}
                """, ListItemsProperty.Conversations);

            Assert.Null(page.NextCursor);
            Assert.Equal(3, page.Page);
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("null")]
        public void An_empty_or_null_cursor_means_there_is_no_next_page(string cursor)
        {
            var page = Read<Contact>("""{"type": "list", "data": [], "pages": {"next": {"per_page": 50, "starting_after": """ + cursor + "}}}", ListItemsProperty.Data);

            Assert.Null(page.NextCursor);
        }

        [Fact]
        public void Contact_list_reads_items_from_data_and_the_cursor_from_next()
        {
            var page = Read<Contact>("""
                {"type": "list", "data": [{"type": "contact", "id": "a", "email": "a@example.com"}], "total_count": "120",
                 "pages": {"type": "pages", "next": {"per_page": 50, "starting_after": "1HaSB+xrOyyMXAkS/c1RteCL7BzOzTvYjmjakgTergIH31eoe2v4/sbLsJWP"}, "page": 1, "per_page": 50, "total_pages": 3}}
                """, ListItemsProperty.Data);

            Assert.Equal("a@example.com", Assert.Single(page.Items).Email);
            Assert.Equal(120, page.TotalCount);
            Assert.Equal("1HaSB+xrOyyMXAkS/c1RteCL7BzOzTvYjmjakgTergIH31eoe2v4/sbLsJWP", page.NextCursor);
        }

        [Fact]
        public void Admin_and_team_lists_have_no_paging_facts()
        {
            var admins = Read<Admin>("""{"type": "admin.list", "admins": [{"type": "admin", "id": "1", "team_ids": [5]}]}""", ListItemsProperty.Admins);
            var teams = Read<Team>("""{"type": "team.list", "teams": []}""", ListItemsProperty.Teams);

            Assert.Equal(new[] { "5" }, Assert.Single(admins.Items).TeamIds);
            Assert.Empty(teams.Items);
            Assert.Equal("team.list", teams.Type);
            foreach (var facts in new[] { (admins.NextCursor, admins.TotalCount, admins.Page), (teams.NextCursor, teams.TotalCount, teams.Page) })
            {
                Assert.Equal((null, null, null), facts);
            }
        }

        [Fact]
        public void Tag_and_segment_lists_read_their_items()
        {
            var tags = Read<Tag>("""{"type": "list", "data": [{"type": "tag", "id": "102", "name": "Manual tag 1"}]}""", ListItemsProperty.Data);
            var segments = Read<Segment>("""
                {"type": "segment.list", "segments": [{"type": "segment", "id": "s1", "name": "John", "created_at": 1734537820, "person_type": "user", "count": 3}], "pages": {}}
                """, ListItemsProperty.Segments);

            Assert.Equal("Manual tag 1", Assert.Single(tags.Items).Name);
            var segment = Assert.Single(segments.Items);
            Assert.Equal(3L, segment.Count);
            Assert.Equal("s1", segment.SegmentId);
            Assert.Null(segments.NextCursor);
        }

        [Fact]
        public void Company_list_pages_by_number()
        {
            var page = Read<Company>("""
                {"type": "list", "data": [{"type": "company", "company_id": "remote_2", "id": "6762f07a", "plan": {}, "custom_attributes": {}}],
                 "pages": {"type": "pages", "next": null, "page": 1, "per_page": 15, "total_pages": 4}, "total_count": 50}
                """, ListItemsProperty.Data);

            var company = Assert.Single(page.Items);
            Assert.Equal("6762f07a", company.Id);
            Assert.Equal("remote_2", company.CompanyId);
            Assert.Equal((1, 15, 4, 50), (page.Page, page.PerPage, page.TotalPages, page.TotalCount));
            Assert.Null(page.NextCursor);
            Assert.Null(page.NextPageUrl);
        }

        [Fact]
        public void Next_page_given_as_a_url_is_kept_as_a_url()
        {
            var page = Read<Company>("""
                {"type": "list", "companies": [], "pages": {"type": "pages", "next": "https://api.intercom.io/contacts/1/companies?page=2", "page": 1}}
                """, ListItemsProperty.Companies);

            Assert.Equal("https://api.intercom.io/contacts/1/companies?page=2", page.NextPageUrl);
            Assert.Null(page.NextCursor);
        }

        [Fact]
        public void Company_scroll_gives_the_scroll_param()
        {
            var page = Read<Company>("""
                {"type": "list", "data": [{"type": "company", "id": "1"}, {"type": "company", "id": "2"}], "pages": null, "total_count": null,
                 "scroll_param": "69352cd2-ab5b-42ac-b004-a13d4e55e9b0"}
                """, ListItemsProperty.Data);

            Assert.Equal(2, page.Items.Count);
            Assert.Equal("69352cd2-ab5b-42ac-b004-a13d4e55e9b0", page.ScrollParam);
            Assert.Null(page.TotalCount);
            Assert.Null(page.Page);
        }

        [Fact]
        public void Items_are_read_from_data_when_the_named_member_is_missing()
        {
            // GET /contacts/{id}/companies: the schema says "companies", the example (and the API) say "data".
            var page = Read<Company>("""{"type": "list", "data": [{"type": "company", "id": "x"}], "total_count": 1}""", ListItemsProperty.Companies);

            Assert.Equal("x", Assert.Single(page.Items).Id);
            Assert.Empty(page.AdditionalProperties);
        }

        [Fact]
        public void The_named_member_wins_over_data_and_data_is_kept()
        {
            var page = Read<Company>("""
                {"data": [{"type": "company", "id": "from-data"}], "companies": [{"type": "company", "id": "named"}]}
                """, ListItemsProperty.Companies);

            Assert.Equal("named", Assert.Single(page.Items).Id);
            var data = Assert.IsType<List<object?>>(page.AdditionalProperties["data"]);
            Assert.Equal("from-data", Assert.IsAssignableFrom<Dictionary<string, object?>>(Assert.Single(data))["id"]);
        }

        [Theory]
        [InlineData("""{"type": "conversation.list", "total_count": 0}""", "missing or not an array")]
        [InlineData("""{"type": "conversation.list", "conversations": null, "total_count": 40}""", "null")]
        [InlineData("""{"type": "conversation.list", "conversations": {}, "total_count": 40}""", "missing or not an array")]
        [InlineData("""{"type": "conversation.list", "conversations": "none"}""", "missing or not an array")]
        public void A_page_without_its_list_is_malformed_not_an_empty_page(string json, string what)
        {
            var error = Assert.Throws<IntercomJsonException>(() => Read<Conversation>(json, ListItemsProperty.Conversations));

            Assert.Contains("no list of items", error.Message);
            Assert.Contains($"'conversations' is {what}", error.Message);
        }

        [Fact]
        public void An_empty_page_that_names_a_next_cursor_is_malformed()
        {
            var error = Assert.Throws<IntercomJsonException>(() => Read<Conversation>(
                """{"type": "conversation.list", "conversations": [], "pages": {"next": {"starting_after": "abc"}}}""", ListItemsProperty.Conversations));

            Assert.Contains("names a next page", error.Message);
        }

        [Fact]
        public void An_empty_last_page_is_an_empty_page()
        {
            var page = Read<Conversation>("""{"type": "conversation.list", "conversations": [], "total_count": 0, "pages": {"next": null}}""", ListItemsProperty.Conversations);

            Assert.Empty(page.Items);
            Assert.Equal(0, page.TotalCount);
        }

        [Fact]
        public void Null_items_are_skipped_and_order_is_kept()
        {
            var page = Read<Tag>("""{"data": [{"id": "1"}, null, {"id": "2"}, {"id": "3"}]}""", ListItemsProperty.Data);

            Assert.Equal(new[] { "1", "2", "3" }, page.Items.Select(tag => tag.Id));
        }

        [Fact]
        public void Unknown_top_level_members_are_kept()
        {
            var page = Read<Tag>("""{"type": "list", "data": [], "request_id": "r-1", "has_more": true, "extra": {"a": [1]}}""", ListItemsProperty.Data);

            Assert.Equal("r-1", page.AdditionalProperties["request_id"]);
            Assert.True(page.HasMore);
            Assert.Equal(new List<object?> { 1L }, Assert.IsAssignableFrom<Dictionary<string, object?>>(page.AdditionalProperties["extra"])["a"]);
        }

        [Fact]
        public void Each_item_keeps_its_json_verbatim_when_asked()
        {
            const string first = "{\"type\": \"conversation\", \"id\": \"1\", \"source\": {\"body\": \"<p>caf\\u00e9</p>\"}}";
            const string second = "{ \"id\" : 2 }";
            var json = "{\"conversations\": [" + first + ",\n " + second + "], \"total_count\": 2}";

            var kept = Read<Conversation>(json, ListItemsProperty.Conversations, keepRaw: true);
            var notKept = Read<Conversation>(json, ListItemsProperty.Conversations);

            Assert.Equal(new[] { first, second }, kept.Items.Select(conversation => conversation.RawJson));
            Assert.Null(kept.Items[0].Source!.RawJson);
            Assert.Equal("<p>café</p>", kept.Items[0].Source!.Body);
            Assert.All(notKept.Items, conversation => Assert.Null(conversation.RawJson));
        }

        [Fact]
        public void Items_can_be_read_as_plain_dictionaries()
        {
            var page = Read<IDictionary<string, object?>>("""{"data": [{"id": 1, "Name": "x"}], "pages": {"next": {"starting_after": "c"}}}""", ListItemsProperty.Data);

            var item = Assert.Single(page.Items);
            Assert.Equal(1L, item["id"]);
            Assert.Equal("x", item["Name"]);
            Assert.Equal("c", page.NextCursor);
        }

        [Fact]
        public void An_item_of_the_wrong_shape_fails_and_says_where()
        {
            var error = Assert.Throws<IntercomJsonException>(() =>
                Read<Conversation>("""{"conversations": [{"id": "1"}, "2"]}""", ListItemsProperty.Conversations));

            Assert.Contains("'conversations'", error.Message);
            Assert.Contains("a string", error.Message);
        }

        [Theory]
        [InlineData("[]")]
        [InlineData("null")]
        [InlineData("")]
        [InlineData("{\"conversations\": [")]
        public void A_body_that_is_not_a_list_object_fails(string body)
        {
            Assert.Throws<IntercomJsonException>(() => Read<Conversation>(body, ListItemsProperty.Conversations));
        }
    }
}
