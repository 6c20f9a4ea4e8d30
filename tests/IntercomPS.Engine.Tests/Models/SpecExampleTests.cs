using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.TestSupport.Spec;

namespace IntercomPS.Engine.Tests.Models
{
    /// <summary>Every example in Intercom's 2.16 spec for the modelled objects and their lists reads completely.</summary>
    public class SpecExampleTests
    {
        private static OpenApiDescription Spec => OpenApiDescription.Intercom;

        /// <summary>Response schemas holding one model.</summary>
        private static readonly Dictionary<string, Type> SingleObjectSchemas = new Dictionary<string, Type>
        {
            ["conversation"] = typeof(Conversation),
            ["contact"] = typeof(Contact),
            ["admin"] = typeof(Admin),
            ["admin_with_app"] = typeof(Admin),
            ["team"] = typeof(Team),
            ["tag"] = typeof(Tag),
            ["tag_basic"] = typeof(Tag),
            ["segment"] = typeof(Segment),
            ["company"] = typeof(Company),
            ["data_attribute"] = typeof(DataAttribute),
        };

        /// <summary>Response schemas holding a list of models, with the member that holds the items.</summary>
        private static readonly Dictionary<string, (Type Item, string ItemsProperty)> ListSchemas = new Dictionary<string, (Type, string)>
        {
            ["conversation_list"] = (typeof(Conversation), ListItemsProperty.Conversations),
            ["contact_list"] = (typeof(Contact), ListItemsProperty.Data),
            ["company_attached_contacts"] = (typeof(Contact), ListItemsProperty.Data),
            ["admin_list"] = (typeof(Admin), ListItemsProperty.Admins),
            ["team_list"] = (typeof(Team), ListItemsProperty.Teams),
            ["tag_list"] = (typeof(Tag), ListItemsProperty.Data),
            ["segment_list"] = (typeof(Segment), ListItemsProperty.Segments),
            ["contact_segments"] = (typeof(Segment), ListItemsProperty.Data),
            ["company_attached_segments"] = (typeof(Segment), ListItemsProperty.Data),
            ["company_list"] = (typeof(Company), ListItemsProperty.Data),
            ["company_scroll"] = (typeof(Company), ListItemsProperty.Data),
            ["contact_attached_companies"] = (typeof(Company), ListItemsProperty.Companies),
            ["data_attribute_list"] = (typeof(DataAttribute), ListItemsProperty.Data),
        };

        /// <summary>Component schemas whose per-property examples are assembled into one instance.</summary>
        private static readonly Dictionary<string, Type> SynthesizedSchemas = new Dictionary<string, Type>
        {
            ["conversation"] = typeof(Conversation),
            ["conversation_list_item"] = typeof(Conversation),
            ["conversation_part"] = typeof(ConversationPart),
            ["contact"] = typeof(Contact),
            ["admin"] = typeof(Admin),
            ["admin_with_app"] = typeof(Admin),
            ["team"] = typeof(Team),
            ["tag"] = typeof(Tag),
            ["tag_basic"] = typeof(Tag),
            ["segment"] = typeof(Segment),
            ["company"] = typeof(Company),
            ["data_attribute"] = typeof(DataAttribute),
        };

        public static IEnumerable<object[]> SingleObjectExamples() =>
            Spec.ResponseExamples(SingleObjectSchemas.Keys).Select(example => new object[] { example.ToString() });

        public static IEnumerable<object[]> ListExamples() =>
            Spec.ResponseExamples(ListSchemas.Keys).Select(example => new object[] { example.ToString() });

        public static IEnumerable<object[]> SynthesizedExamples() => SynthesizedSchemas.Keys.Select(name => new object[] { name });

        [Fact]
        public void The_spec_has_examples_for_every_modelled_response()
        {
            var single = Spec.ResponseExamples(SingleObjectSchemas.Keys).Select(example => example.SchemaName).ToHashSet();
            var lists = Spec.ResponseExamples(ListSchemas.Keys).Select(example => example.SchemaName).ToHashSet();

            // Guards the data-driven tests below against silently running on nothing (a moved spec, a renamed schema).
            Assert.Superset(new HashSet<string> { "conversation", "contact", "admin", "admin_with_app", "team", "tag", "segment", "company", "data_attribute" }, single);
            Assert.Superset(new HashSet<string> { "conversation_list", "contact_list", "admin_list", "team_list", "tag_list", "segment_list", "company_list", "company_scroll", "data_attribute_list" }, lists);
        }

        [Theory]
        [MemberData(nameof(SingleObjectExamples))]
        public void Single_object_example_reads_without_losing_a_field(string exampleName)
        {
            var example = Find(exampleName);
            var model = ModelAssertions.Deserialize(SingleObjectSchemas[example.SchemaName], Bytes(example.Value));

            ModelAssertions.AssertNothingLost(example.Value, model);
            ModelAssertions.AssertFullyTyped(model);
        }

        [Theory]
        [MemberData(nameof(ListExamples))]
        public void List_example_reads_every_item_and_the_paging_facts(string exampleName)
        {
            var example = Find(exampleName);
            var (itemType, itemsProperty) = ListSchemas[example.SchemaName];

            dynamic page = ModelAssertions.ReadListPage(itemType, Bytes(example.Value), itemsProperty);

            var itemsJson = example.Value.TryGetProperty(itemsProperty, out var named) ? named : example.Value.GetProperty("data");
            var items = ((IEnumerable)page.Items).Cast<IntercomObject>().ToList();
            Assert.Equal(itemsJson.GetArrayLength(), items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                ModelAssertions.AssertNothingLost(itemsJson[i], items[i]);
                ModelAssertions.AssertFullyTyped(items[i]);
            }

            Assert.Equal(example.Value.GetProperty("type").GetString(), (string?)page.Type);
            Assert.Equal(IntOrNull(example.Value, "total_count"), (int?)page.TotalCount);
            if (example.Value.TryGetProperty("pages", out var pages) && pages.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(IntOrNull(pages, "page"), (int?)page.Page);
                Assert.Equal(IntOrNull(pages, "per_page"), (int?)page.PerPage);
                Assert.Equal(IntOrNull(pages, "total_pages"), (int?)page.TotalPages);
            }
            Assert.Equal(StringOrNull(example.Value, "scroll_param"), (string?)page.ScrollParam);
            Assert.Null((string?)page.NextCursor);
        }

        [Theory]
        [MemberData(nameof(SynthesizedExamples))]
        public void Schema_property_examples_read_into_typed_properties(string schemaName)
        {
            var example = Spec.SynthesizeExample(schemaName);
            var model = ModelAssertions.Deserialize(SynthesizedSchemas[schemaName], Bytes(example));

            ModelAssertions.AssertNothingLost(example, model);
            ModelAssertions.AssertFullyTyped(model);
        }

        [Fact]
        public void Conversation_example_with_parts_reads_the_parts()
        {
            var example = Spec.ResponseExamples(new[] { "conversation" })
                .First(candidate => candidate.Route == "GET /conversations/{conversation_id}");
            var conversation = IntercomJson.Deserialize<Conversation>(Bytes(example.Value));

            var parts = example.Value.GetProperty("conversation_parts");
            Assert.NotNull(conversation.Parts);
            Assert.Equal(parts.GetProperty("conversation_parts").GetArrayLength(), conversation.Parts!.Count);
            Assert.Equal(IntOrNull(parts, "total_count"), conversation.PartsTotalCount);
            // The example's part ids are JSON numbers.
            Assert.Equal("1", conversation.Parts[0].Id);
            Assert.All(conversation.Parts, part => Assert.Equal("503", part.ConversationId));
            Assert.Equal("6762f1261bb69f9f2193bba7", Assert.Single(conversation.ContactIds));
            Assert.Equal("991267715", conversation.AdminAssigneeId);
        }

        private static ResponseExample Find(string name) =>
            Spec.ResponseExamples(SingleObjectSchemas.Keys.Concat(ListSchemas.Keys).ToList()).First(example => example.ToString() == name);

        private static byte[] Bytes(JsonElement element) => Encoding.UTF8.GetBytes(element.GetRawText());

        private static int? IntOrNull(JsonElement json, string name) =>
            json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        private static string? StringOrNull(JsonElement json, string name) =>
            json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
