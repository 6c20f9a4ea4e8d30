using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Tests.Models
{
    public class ModelReadingTests
    {
        private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

        private static T Read<T>(string json, bool keepRaw = false) => IntercomJson.Deserialize<T>(Utf8(json), keepRaw);

        public static IEnumerable<object[]> ModelTypes() => Schemas.All.Select(schema => new object[] { schema.ModelType.Name });

        private static Type ModelType(string name) => Schemas.All.Single(schema => schema.ModelType.Name == name).ModelType;

        [Fact]
        public void Ids_sent_as_numbers_or_strings_read_as_the_same_strings()
        {
            var asNumbers = Read<Conversation>("""{"id": 471, "admin_assignee_id": 991267715, "team_assignee_id": 5017691}""");
            var asStrings = Read<Conversation>("""{"id": "471", "admin_assignee_id": "991267715", "team_assignee_id": "5017691"}""");

            foreach (var conversation in new[] { asNumbers, asStrings })
            {
                Assert.Equal("471", conversation.Id);
                Assert.Equal("471", conversation.ConversationId);
                Assert.Equal("991267715", conversation.AdminAssigneeId);
                Assert.Equal("5017691", conversation.TeamAssigneeId);
                Assert.False(conversation.HasAdditionalProperties);
            }
        }

        [Fact]
        public void Ids_keep_their_exact_digits_even_beyond_64_bits()
        {
            var contact = Read<Contact>("""{"owner_id": 123456789012345678901234567890, "id": -5}""");

            Assert.Equal("123456789012345678901234567890", contact.OwnerId);
            Assert.Equal("-5", contact.Id);
        }

        [Fact]
        public void Id_lists_accept_numbers_and_strings_and_skip_nulls()
        {
            var team = Read<Team>("""{"admin_ids": [1, "2", null, 300000000000]}""");
            var admin = Read<Admin>("""{"team_ids": []}""");

            Assert.Equal(new[] { "1", "2", "300000000000" }, team.AdminIds);
            Assert.Empty(admin.TeamIds!);
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void Every_mapped_field_may_be_null(string modelTypeName)
        {
            var type = ModelType(modelTypeName);
            var allNull = "{" + string.Join(",", Schemas.Find(type)!.FieldNames.Select(name => $"\"{name}\": null")) + "}";

            var model = ModelAssertions.Deserialize(type, Utf8(allNull));

            Assert.False(model.HasAdditionalProperties);
            Assert.All(SettableProperties(type), property => Assert.Null(property.GetValue(model)));
        }

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void Every_field_may_be_missing(string modelTypeName)
        {
            var type = ModelType(modelTypeName);

            var model = ModelAssertions.Deserialize(type, Utf8("{}"));

            Assert.False(model.HasAdditionalProperties);
            Assert.All(SettableProperties(type), property => Assert.Null(property.GetValue(model)));
        }

        [Fact]
        public void Unknown_fields_are_kept_as_plain_values_under_their_exact_names()
        {
            var conversation = Read<Conversation>("""
                {"id": "1", "future_object": {}, "future_null": null, "Future": [1, 2.5, "x", true, null, {"Nested": {"a": []}}], "future": "lowercase twin"}
                """);

            var extra = conversation.AdditionalProperties;
            Assert.Equal(new[] { "future_object", "future_null", "Future", "future" }, extra.Keys);
            Assert.Empty(Assert.IsAssignableFrom<Dictionary<string, object?>>(extra["future_object"]));
            Assert.Null(extra["future_null"]);
            Assert.Equal("lowercase twin", extra["future"]);
            var future = Assert.IsType<List<object?>>(extra["Future"]);
            Assert.Equal(1L, Assert.IsType<long>(future[0]));
            Assert.Equal(2.5, Assert.IsType<double>(future[1]));
            Assert.Equal("x", future[2]);
            Assert.Equal(true, future[3]);
            Assert.Null(future[4]);
            var nested = Assert.IsAssignableFrom<Dictionary<string, object?>>(Assert.IsAssignableFrom<Dictionary<string, object?>>(future[5])["Nested"]);
            Assert.Empty(Assert.IsType<List<object?>>(nested["a"]));
        }

        [Fact]
        public void A_value_the_property_cannot_hold_is_kept_under_its_json_name()
        {
            var conversation = Read<Conversation>("""
                {"id": "7", "open": {"since": 1}, "created_at": "not a date", "tags": "oops", "source": [1], "statistics": 5,
                 "read": true, "contacts": {"type": "contact.list", "contacts": ["not-an-object"]}}
                """);

            Assert.Equal("7", conversation.Id);
            Assert.True(conversation.Read);
            Assert.Null(conversation.Open);
            Assert.Null(conversation.CreatedAt);
            Assert.Null(conversation.Tags);
            Assert.Null(conversation.Source);
            Assert.Null(conversation.Statistics);
            Assert.Null(conversation.Contacts);
            var extra = conversation.AdditionalProperties;
            Assert.Equal(1L, Assert.IsAssignableFrom<Dictionary<string, object?>>(extra["open"])["since"]);
            Assert.Equal("not a date", extra["created_at"]);
            Assert.Equal("oops", extra["tags"]);
            Assert.Equal(new List<object?> { 1L }, extra["source"]);
            Assert.Equal(5L, extra["statistics"]);
            Assert.Equal(new List<object?> { "not-an-object" }, Assert.IsAssignableFrom<Dictionary<string, object?>>(extra["contacts"])["contacts"]);
        }

        [Fact]
        public void A_boolean_sent_for_a_string_field_keeps_its_type()
        {
            var admin = Read<Admin>("""{"name": true, "team_ids": [{"id": 1}]}""");

            Assert.Null(admin.Name);
            Assert.Equal(true, admin.AdditionalProperties["name"]);
            Assert.Null(admin.TeamIds);
            Assert.IsType<List<object?>>(admin.AdditionalProperties["team_ids"]);
        }

        [Theory]
        [InlineData("1734537460", 1734537460000L)]
        [InlineData("\"1734537460\"", 1734537460000L)]
        [InlineData("\" 1734537460 \"", 1734537460000L)]
        [InlineData("1734537460.25", 1734537460250L)]
        [InlineData("\"2024-12-18T15:57:40Z\"", 1734537460000L)]
        [InlineData("\"2024-12-18T16:57:40+01:00\"", 1734537460000L)]
        [InlineData("0", 0L)]
        [InlineData("-86400", -86400000L)]
        public void Timestamps_read_as_utc_instants(string json, long expectedUnixMilliseconds)
        {
            var conversation = Read<Conversation>($$"""{"created_at": {{json}}}""");

            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedUnixMilliseconds), conversation.CreatedAt);
            Assert.Equal(TimeSpan.Zero, conversation.CreatedAt!.Value.Offset);
        }

        [Theory]
        [InlineData("null")]
        [InlineData("\"\"")]
        [InlineData("\"   \"")]
        public void Null_and_empty_timestamps_are_unset(string json)
        {
            var conversation = Read<Conversation>($$"""{"waiting_since": {{json}}}""");

            Assert.Null(conversation.WaitingSince);
            Assert.False(conversation.HasAdditionalProperties);
        }

        [Theory]
        [InlineData("99999999999999")]
        [InlineData("\"next tuesday\"")]
        [InlineData("true")]
        public void Timestamps_out_of_range_or_unreadable_are_kept_as_sent(string json)
        {
            var conversation = Read<Conversation>($$"""{"updated_at": {{json}}}""");

            Assert.Null(conversation.UpdatedAt);
            Assert.Equal(IntercomJson.ToPlain(json), conversation.AdditionalProperties["updated_at"]);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("\"true\"", true)]
        [InlineData("\"TRUE\"", true)]
        [InlineData("\"1\"", true)]
        [InlineData("1", true)]
        [InlineData("false", false)]
        [InlineData("\"false\"", false)]
        [InlineData("\"0\"", false)]
        [InlineData("0", false)]
        [InlineData("null", null)]
        [InlineData("\"\"", null)]
        public void Booleans_may_arrive_as_strings_or_numbers(string json, bool? expected)
        {
            var conversation = Read<Conversation>($$"""{"read": {{json}}}""");

            Assert.Equal(expected, conversation.Read);
            Assert.False(conversation.HasAdditionalProperties);
        }

        [Theory]
        [InlineData("\"yes\"")]
        [InlineData("2")]
        [InlineData("[]")]
        public void Values_that_are_not_booleans_are_kept_as_sent(string json)
        {
            var conversation = Read<Conversation>($$"""{"read": {{json}}}""");

            Assert.Null(conversation.Read);
            Assert.True(conversation.AdditionalProperties.ContainsKey("read"));
        }

        [Fact]
        public void Numbers_may_arrive_as_strings_or_whole_floats()
        {
            var team = Read<Team>("""{"assignment_limit": "10"}""");
            var company = Read<Company>("""{"size": "25", "monthly_spend": "12.5", "session_count": 10.0, "user_count": " 7 "}""");
            var statistics = Read<ConversationStatistics>("""{"count_reopens": "3", "handling_time": 86400}""");

            Assert.Equal(10, team.AssignmentLimit);
            Assert.Equal(25L, company.Size);
            Assert.Equal(12.5, company.MonthlySpend);
            Assert.Equal(10L, company.SessionCount);
            Assert.Equal(7L, company.UserCount);
            Assert.Equal(3, statistics.CountReopens);
            Assert.Equal(86400L, statistics.HandlingTime);
        }

        [Fact]
        public void Whole_number_fields_keep_fractions_and_overflows_as_sent()
        {
            var company = Read<Company>("""{"user_count": 1.5, "size": "lots"}""");
            var team = Read<Team>("""{"assignment_limit": 3000000000}""");

            Assert.Null(company.UserCount);
            Assert.Null(company.Size);
            Assert.Null(team.AssignmentLimit);
            Assert.Equal(1.5, company.AdditionalProperties["user_count"]);
            Assert.Equal("lots", company.AdditionalProperties["size"]);
            Assert.Equal(3000000000L, team.AdditionalProperties["assignment_limit"]);
        }

        [Fact]
        public void Custom_attributes_become_plain_nested_values()
        {
            var contact = Read<Contact>("""
                {"custom_attributes": {"plan": "pro", "seats": 12, "ratio": 0.75, "vip": true, "churned_at": null,
                  "history": [1, "two", {"three": 3}], "address": {"City": {"zip": ["75001"]}, "city": "lower"},
                  "big": 9223372036854775807, "bigger": 92233720368547758070, "beyond": 1e400, "escaped": "caf\u00e9 \"quoted\""}}
                """);

            var attributes = Assert.IsAssignableFrom<Dictionary<string, object?>>(contact.CustomAttributes);
            Assert.Equal("pro", attributes["plan"]);
            Assert.Equal(12L, attributes["seats"]);
            Assert.Equal(0.75, attributes["ratio"]);
            Assert.Equal(true, attributes["vip"]);
            Assert.True(attributes.ContainsKey("churned_at"));
            Assert.Null(attributes["churned_at"]);
            Assert.Equal(new List<object?> { 1L, "two", new Dictionary<string, object?> { ["three"] = 3L } }, attributes["history"]);
            var address = Assert.IsAssignableFrom<Dictionary<string, object?>>(attributes["address"]);
            Assert.Equal("lower", address["city"]);
            Assert.Equal(new List<object?> { "75001" }, Assert.IsAssignableFrom<Dictionary<string, object?>>(address["City"])["zip"]);
            Assert.Equal(long.MaxValue, attributes["big"]);
            Assert.Equal(92233720368547758070.0, attributes["bigger"]);
            Assert.Equal("1e400", attributes["beyond"]);
            Assert.Equal("café \"quoted\"", attributes["escaped"]);
        }

        [Fact]
        public void Avatar_reads_as_its_url_whether_sent_as_a_url_or_an_avatar_object()
        {
            var listed = Read<Admin>("""{"avatar": "https://example.com/a.png"}""");
            var me = Read<Admin>("""{"avatar": {"type": "avatar", "image_url": "https://example.com/b.png"}}""");
            var contact = Read<Contact>("""{"avatar": {"type": "avatar", "image_url": null}}""");

            Assert.Equal("https://example.com/a.png", listed.Avatar);
            Assert.Equal("https://example.com/b.png", me.Avatar);
            Assert.Null(contact.Avatar);
            Assert.False(me.HasAdditionalProperties || contact.HasAdditionalProperties);
        }

        [Fact]
        public void An_avatar_object_with_more_than_its_url_is_kept_whole()
        {
            var admin = Read<Admin>("""{"avatar": {"type": "avatar", "image_url": "https://example.com/c.png", "width": 128}}""");

            Assert.Null(admin.Avatar);
            var avatar = Assert.IsAssignableFrom<Dictionary<string, object?>>(admin.AdditionalProperties["avatar"]);
            Assert.Equal(128L, avatar["width"]);
            Assert.Equal("https://example.com/c.png", avatar["image_url"]);
        }

        [Fact]
        public void Me_reads_the_admin_and_the_workspace()
        {
            var admin = Read<Admin>("""
                {"type": "admin", "id": "991267459", "email": "admin1@email.com", "name": "Ciaran1 Lee", "email_verified": true,
                 "app": {"type": "app", "id_code": "abc123", "name": "MyApp 1", "created_at": 1734537243, "secure": false,
                         "identity_verification": false, "timezone": "America/Los_Angeles", "region": "US"},
                 "role": {"type": "role", "id": "1", "name": "Support Agent"}, "has_inbox_seat": true}
                """);

            Assert.Equal("991267459", admin.AdminId);
            Assert.Equal("admin", admin.Type);
            Assert.Equal("Support Agent", admin.Role!.Name);
            var app = admin.App!;
            Assert.Equal("abc123", app.IdCode);
            Assert.Equal("abc123", app.WorkspaceId);
            Assert.Equal("MyApp 1", app.Name);
            Assert.Equal("US", app.Region);
            Assert.Equal("America/Los_Angeles", app.Timezone);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1734537243), app.CreatedAt);
            Assert.Equal(false, app.AdditionalProperties["secure"]);
        }

        [Fact]
        public void Conversation_with_parts_links_each_part_to_its_conversation()
        {
            var conversation = Read<Conversation>("""
                {"type": "conversation", "id": "503",
                 "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "c1", "external_id": "70"}, {"type": "contact", "id": "c2"}]},
                 "tags": {"type": "tag.list", "tags": [{"type": "tag", "id": "9", "name": "vip", "applied_at": 1663597223, "applied_by": {"type": "admin", "id": "4"}}]},
                 "teammates": {"type": "admin.list", "teammates": [{"type": "admin", "id": 814860}]},
                 "conversation_parts": {"type": "conversation_part.list", "total_count": 3, "conversation_parts": [
                   {"type": "conversation_part", "id": 1, "part_type": "comment", "body": "<p>Hi</p>", "author": {"type": "user", "id": "c1", "name": null},
                    "tags": [{"type": "tag", "id": "9", "name": "vip"}], "attachments": [{"type": "upload", "name": "a.png", "filesize": 100}]},
                   {"type": "conversation_part", "id": "2", "part_type": "close", "body": null, "assigned_to": {"type": "team", "id": 5}}]}}
                """);

            Assert.Equal(new[] { "c1", "c2" }, conversation.ContactIds);
            Assert.Equal("70", conversation.Contacts![0].ExternalId);
            Assert.Equal("contact.list", conversation.Contacts.ListType);
            var tag = Assert.Single(conversation.Tags!);
            Assert.Equal("vip", tag.Name);
            Assert.Equal("4", tag.AppliedBy!.Id);
            Assert.Equal("814860", Assert.Single(conversation.Teammates!).Id);

            var parts = conversation.Parts!;
            Assert.Equal(2, parts.Count);
            Assert.Equal(3, conversation.PartsTotalCount);
            Assert.True(parts.IsTruncated);
            Assert.All(parts, part => Assert.Equal("503", part.ConversationId));
            Assert.Equal(new[] { "1", "2" }, parts.Select(part => part.Id));
            Assert.Equal("user", parts[0].Author!.Type);
            Assert.Equal("vip", Assert.Single(parts[0].Tags!).Name);
            Assert.Null(parts[0].Tags!.ListType);
            Assert.Equal(100L, Assert.Single(parts[0].Attachments!).FileSize);
            Assert.Equal("5", parts[1].AssignedTo!.Id);
        }

        [Fact]
        public void Conversation_without_parts_has_no_parts_and_no_contact_ids()
        {
            var conversation = Read<Conversation>("""{"id": "1"}""");

            Assert.Null(conversation.Parts);
            Assert.Null(conversation.PartsTotalCount);
            Assert.Empty(conversation.ContactIds);
        }

        [Fact]
        public void Contact_embedded_lists_say_when_they_are_truncated()
        {
            var contact = Read<Contact>("""
                {"tags": {"type": "list", "data": [{"type": "tag", "id": "1", "url": "/tags/1"}], "url": "/contacts/x/tags", "total_count": 12, "has_more": true},
                 "companies": {"type": "list", "data": [], "url": "/contacts/x/companies", "total_count": 0, "has_more": false},
                 "location": {"type": "location", "country": "France", "region": null, "city": "Paris", "country_code": "FRA", "continent_code": "EU"}}
                """);

            var tags = contact.Tags!;
            Assert.Equal("1", Assert.Single(tags).Id);
            Assert.Equal("/tags/1", tags[0].AdditionalProperties["url"]);
            Assert.Equal("list", tags.ListType);
            Assert.Equal("/contacts/x/tags", tags.ListUrl);
            Assert.Equal(12, tags.TotalCount);
            Assert.True(tags.HasMore);
            Assert.True(tags.IsTruncated);
            Assert.Empty(contact.Companies!);
            Assert.False(contact.Companies!.IsTruncated);
            Assert.Equal("Paris, France", contact.Location!.ToString());
            Assert.Equal("FRA", contact.Location.CountryCode);
        }

        [Fact]
        public void RawJson_is_the_objects_json_verbatim_when_asked()
        {
            const string json = "{ \"type\": \"admin\",\n  \"id\": 42, \"name\": \"Zo\\u00e9\", \"app\": {\"name\": \"W\"} }";

            var kept = Read<Admin>(json, keepRaw: true);
            var notKept = Read<Admin>(json);

            Assert.Equal(json, kept.RawJson);
            Assert.Equal("Zoé", kept.Name);
            Assert.Null(kept.App!.RawJson);
            Assert.Null(notKept.RawJson);
        }

        [Fact]
        public void RawJson_excludes_a_byte_order_mark_and_surrounding_whitespace()
        {
            var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("  \n{\"id\": \"1\"}\n")).ToArray();

            var tag = IntercomJson.Deserialize<Tag>(body, keepRaw: true);

            Assert.Equal("{\"id\": \"1\"}", tag.RawJson);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("null")]
        [InlineData("[]")]
        [InlineData("\"conversation\"")]
        [InlineData("{\"id\": \"1\"")]
        [InlineData("{\"id\": \"1\"} {\"id\": \"2\"}")]
        [InlineData("{\"id\": 01}")]
        [InlineData("<html>Bad gateway</html>")]
        public void Bodies_that_are_not_one_json_object_fail_with_an_intercom_json_exception(string body)
        {
            Assert.Throws<IntercomJsonException>(() => Read<Conversation>(body));
        }

        [Fact]
        public void Invalid_utf8_fails_with_an_intercom_json_exception()
        {
            var body = new byte[] { (byte)'{', (byte)'"', (byte)'n', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };

            Assert.Throws<IntercomJsonException>(() => IntercomJson.Deserialize<Tag>(body));
        }

        [Fact]
        public void A_model_written_back_reads_to_the_same_values()
        {
            var original = Read<Conversation>("""
                {"type": "conversation", "id": "9", "created_at": 1700000000, "open": true, "admin_assignee_id": 5,
                 "custom_attributes": {"a": [1, {"b": null}]}, "tags": {"type": "tag.list", "tags": [{"type": "tag", "id": "1"}]},
                 "linked_objects": {"type": "list", "data": [], "has_more": false}, "future_list": {"type": "list", "data": []}}
                """);

            var copy = Read<Conversation>(IntercomJson.ToJson(original));

            Assert.Equal(IntercomJson.ToJson(original), IntercomJson.ToJson(copy));
            Assert.Equal("5", copy.AdminAssigneeId);
            Assert.Equal(original.CreatedAt, copy.CreatedAt);
            Assert.Equal("tag.list", copy.Tags!.ListType);
            Assert.Equal("list", copy.LinkedObjects!.ListType);
            Assert.Equal(original.AdditionalProperties["future_list"], copy.AdditionalProperties["future_list"]);
        }

        [Fact]
        public void The_conversation_fields_of_api_2_16_are_mapped_not_left_unknown()
        {
            var conversation = Read<Conversation>("""
                {"id": "1", "topics": {"type": "topic.list", "topics": []}, "ticket": null,
                 "linked_objects": {"type": "list", "data": [{"type": "ticket", "id": "7583", "category": "Customer"}], "total_count": 1, "has_more": false},
                 "ai_agent": {"source_type": "workflow", "resolution_state": "escalated", "rating": 4},
                 "external_references": [{"type": "zendesk_ticket", "id": "3633338"}]}
                """);

            Assert.False(conversation.HasAdditionalProperties);
            Assert.Equal("topic.list", conversation.Topics!["type"]);
            Assert.Null(conversation.Ticket);
            Assert.Equal("Customer", Assert.Single(conversation.LinkedObjects!).Category);
            Assert.Equal("escalated", conversation.AiAgent!.ResolutionState);
            Assert.Equal(4, conversation.AiAgent.Rating);
            var reference = Assert.Single(conversation.ExternalReferences!);
            Assert.Equal(("zendesk_ticket", "3633338"), (reference.Type, reference.Id));
        }

        internal static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite && property.Name != nameof(IntercomObject.AdditionalProperties));
    }
}
