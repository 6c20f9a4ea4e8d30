#if !NETFRAMEWORK_TESTS
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using IntercomPS.TestSupport.Spec;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.SpecGen;

namespace IntercomPS.Engine.Tests.Models
{
    /// <summary>
    /// What tools/IntercomPS.SpecGen generates from the description: the models, which the engine build writes and
    /// compiles (so they cannot be stale), and the committed sandbox seed, which can.
    /// </summary>
    public class GeneratedModelTests
    {
        private static readonly Lazy<string> Root = new Lazy<string>(() =>
            Program.FindRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("IntercomPS.sln not found above the test binaries."));

        private static readonly Lazy<IReadOnlyDictionary<string, string>> Generated =
            new Lazy<IReadOnlyDictionary<string, string>>(() => SpecGenerator.Generate(Root.Value));

        public static IEnumerable<object[]> GeneratedSchemaNames() =>
            Schemas.BySchemaName.Keys.OrderBy(name => name, StringComparer.Ordinal).Select(name => new object[] { name });

        public static IEnumerable<object[]> ResponseExamples() =>
            OpenApiDescription.Intercom.ResponseExamples(Schemas.BySchemaName.Keys.ToList()).Select(example => new object[] { example.ToString() });

        public static IEnumerable<object[]> GeneratedModelTypes() =>
            Schemas.All.Select(schema => schema.ModelType.Name).OrderBy(name => name, StringComparer.Ordinal).Select(name => new object[] { name });

        [Fact]
        public void Committed_generated_files_are_current()
        {
            var stale = Generated.Value
                .Where(output => !File.Exists(Path.Combine(Root.Value, output.Key))
                                 || File.ReadAllText(Path.Combine(Root.Value, output.Key)).Replace("\r\n", "\n") != output.Value)
                .Select(output => output.Key)
                .ToList();

            Assert.True(stale.Count == 0, $"Stale: {string.Join(", ", stale)}. Run  dotnet run --project tools/IntercomPS.SpecGen -c Release");
        }

        [Fact]
        public void No_generated_folder_holds_a_file_no_generator_writes()
        {
            var orphans = SpecGenerator.Orphans(Root.Value, Generated.Value.Keys).ToList();

            Assert.True(orphans.Count == 0, $"Orphans: {string.Join(", ", orphans)}. Run  dotnet run --project tools/IntercomPS.SpecGen -c Release");
        }

        [Fact]
        public void Every_object_schema_of_the_description_has_a_model()
        {
            // Guards the data-driven tests below against running on nothing, and the generator against skipping
            // schemas it should model: the ticket family is what the next resources are built on.
            Assert.Contains("ticket", Schemas.BySchemaName.Keys);
            Assert.Equal(typeof(TicketType), Schemas.BySchemaName["ticket_type"]);
            Assert.Equal(typeof(ArticleListItem), Schemas.BySchemaName["article_list_item"]);
            Assert.True(Schemas.BySchemaName.Count > 150, $"only {Schemas.BySchemaName.Count} models");
            Assert.Equal(typeof(Conversation), Schemas.BySchemaName["conversation"]);
        }

        [Theory]
        [MemberData(nameof(GeneratedSchemaNames))]
        public void Schema_property_examples_read_without_losing_a_member(string schemaName)
        {
            var example = OpenApiDescription.Intercom.SynthesizeExample(schemaName);
            var model = ModelAssertions.Deserialize(Schemas.BySchemaName[schemaName], Bytes(example));

            ModelAssertions.AssertNothingLost(example, model);
            ModelAssertions.AssertFullyTyped(model);
        }

        [Theory]
        [MemberData(nameof(ResponseExamples))]
        public void Response_examples_read_without_losing_a_member(string exampleName)
        {
            var example = OpenApiDescription.Intercom.ResponseExamples(Schemas.BySchemaName.Keys.ToList()).First(candidate => candidate.ToString() == exampleName);
            var model = ModelAssertions.Deserialize(Schemas.BySchemaName[example.SchemaName], Bytes(example.Value));

            ModelAssertions.AssertNothingLost(example.Value, model);
            if (!StaleExamples.Contains(exampleName)) ModelAssertions.AssertFullyTyped(model);
        }

        /// <summary>
        /// Response examples that contradict their own schema, where the schema is what the API sends in 2.16: the
        /// model keeps the example's odd value aside (checked above) rather than typing it.
        /// </summary>
        private static readonly HashSet<string> StaleExamples = new HashSet<string>(StringComparer.Ordinal)
        {
            // ticket_state as its category text, the shape of versions before 2.11; the schema says a ticket_state object.
            "POST /tickets/{ticket_id}/change_type 'Successful response' (ticket)",
        };

        /// <summary>
        /// Every field of every generated model, sent as a shape no typed property holds (an array of arrays), is
        /// either held by a plain-value property or kept aside under its JSON name; reading never fails.
        /// </summary>
        [Theory]
        [MemberData(nameof(GeneratedModelTypes))]
        public void A_wrong_shaped_value_is_kept_aside_not_fatal(string modelTypeName)
        {
            var schema = Schemas.All.Single(candidate => candidate.ModelType.Name == modelTypeName);
            var fields = schema.FieldNames.Where(name => name != "type").ToList();
            var json = "{" + string.Join(",", fields.Select(name => $"\"{name}\": [[{{\"odd\": 1}}]]")) + "}";

            var model = ModelAssertions.Deserialize(schema.ModelType, Encoding.UTF8.GetBytes(json));

            var plainFields = schema.ModelType.GetProperties().Where(property => property.PropertyType == typeof(object)).Select(property => property.GetValue(model)).ToList();
            Assert.Equal(fields.Count, model.AdditionalProperties.Count + plainFields.Count(value => value != null));
            Assert.All(model.AdditionalProperties.Keys, name => Assert.Contains(name, fields));
            using var document = JsonDocument.Parse(json);
            ModelAssertions.AssertNothingLost(document.RootElement, model);
        }

        [Fact]
        public void A_string_field_given_an_object_keeps_the_object_and_reads_the_rest()
        {
            var ticketType = IntercomJson.Deserialize<TicketType>(Encoding.UTF8.GetBytes(
                """{"type": "ticket_type", "id": 9, "name": {"en": "Bug"}, "archived": false, "created_at": 1717000000}"""));

            Assert.Equal("9", ticketType.Id);
            Assert.Null(ticketType.Name);
            Assert.Equal("Bug", Assert.IsAssignableFrom<IDictionary<string, object?>>(ticketType.GetAdditionalProperties()["name"])["en"]);
            Assert.False(ticketType.Archived);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1717000000), ticketType.CreatedAt);
        }

        [Fact]
        public void Nested_models_and_wrapped_lists_read_typed()
        {
            // The ticket type's mapping is found when the ticket's is read, and its attribute list wrapper
            // ({type, ticket_type_attributes: [...]}) reads as an EmbeddedList of the attribute model.
            var ticket = IntercomJson.Deserialize<Ticket>(Encoding.UTF8.GetBytes(
                """{"type": "ticket", "id": "1", "ticket_type": {"type": "ticket_type", "id": "2", "ticket_type_attributes": {"type": "list", "ticket_type_attributes": [{"type": "ticket_type_attribute", "id": "3", "name": "Priority"}]}}}"""));

            Assert.Equal("2", ticket.TicketType!.Id);
            Assert.Equal("Priority", Assert.Single(ticket.TicketType.TicketTypeAttributes!).Name);
            Assert.Equal("ticket_type_attributes", ticket.TicketType.TicketTypeAttributes!.WrapperItemsProperty);
            Assert.False(ticket.HasAdditionalProperties);
        }

        private static byte[] Bytes(JsonElement element) => Encoding.UTF8.GetBytes(element.GetRawText());
    }
}
#endif
