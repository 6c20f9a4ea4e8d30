using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Tests.Models
{
    public class PlainJsonTests
    {
        [Fact]
        public void ToPlain_reads_any_json_into_plain_values_with_case_sensitive_keys()
        {
            var value = IntercomJson.ToPlain(Encoding.UTF8.GetBytes("""{"Id": 1, "id": "one", "list": [true, 1.5, null], "obj": {}}"""));

            var dictionary = Assert.IsAssignableFrom<Dictionary<string, object?>>(value);
            Assert.Equal(new[] { "Id", "id", "list", "obj" }, dictionary.Keys);
            Assert.Equal(1L, dictionary["Id"]);
            Assert.Equal("one", dictionary["id"]);
            Assert.Equal(new List<object?> { true, 1.5, null }, dictionary["list"]);
            Assert.Empty(Assert.IsAssignableFrom<Dictionary<string, object?>>(dictionary["obj"]));
        }

        [Theory]
        [InlineData("42", 42L)]
        [InlineData("-1.25", -1.25)]
        [InlineData("\"text\"", "text")]
        [InlineData("false", false)]
        [InlineData("null", null)]
        [InlineData("", null)]
        [InlineData(" \r\n\t", null)]
        public void ToPlain_reads_top_level_scalars_and_treats_an_empty_body_as_null(string json, object? expected)
        {
            Assert.Equal(expected, IntercomJson.ToPlain(json));
        }

        [Theory]
        [InlineData("{")]
        [InlineData("{\"a\": 1,}")]
        [InlineData("1 2")]
        [InlineData("nope")]
        public void ToPlain_rejects_invalid_json(string json)
        {
            Assert.Throws<IntercomJsonException>(() => IntercomJson.ToPlain(json));
        }

        [Fact]
        public void Deserialize_into_non_model_types_gives_plain_values_too()
        {
            var bytes = Encoding.UTF8.GetBytes("""{"a": {"b": [1, "c"]}, "d": null}""");

            var dictionary = IntercomJson.Deserialize<Dictionary<string, object?>>(bytes);
            var asObject = IntercomJson.Deserialize<object>(bytes);
            var tags = IntercomJson.Deserialize<List<Tag>>(Encoding.UTF8.GetBytes("""[{"id": 1, "name": "vip", "x": {"y": 2}}]"""));

            var nested = Assert.IsAssignableFrom<Dictionary<string, object?>>(dictionary["a"]);
            Assert.Equal(new List<object?> { 1L, "c" }, nested["b"]);
            Assert.Null(dictionary["d"]);
            Assert.Equal(nested, Assert.IsAssignableFrom<Dictionary<string, object?>>(asObject)["a"]);
            var tag = Assert.Single(tags);
            Assert.Equal("1", tag.Id);
            Assert.Equal(2L, Assert.IsAssignableFrom<Dictionary<string, object?>>(tag.AdditionalProperties["x"])["y"]);
        }

        [Fact]
        public void ToJson_writes_dictionaries_lists_and_primitives_keeping_nulls()
        {
            var body = new Dictionary<string, object?>
            {
                ["query"] = new Dictionary<string, object?>
                {
                    ["operator"] = "AND",
                    ["value"] = new List<object?>
                    {
                        new Dictionary<string, object?> { ["field"] = "updated_at", ["operator"] = ">", ["value"] = 1700000000L },
                        new Dictionary<string, object?> { ["field"] = "state", ["operator"] = "IN", ["value"] = new[] { "open", "snoozed" } },
                    },
                },
                ["pagination"] = new Dictionary<string, object?> { ["per_page"] = 150, ["starting_after"] = null },
                ["ratio"] = 0.5,
                ["flag"] = true,
            };

            Assert.Equal(
                """{"query":{"operator":"AND","value":[{"field":"updated_at","operator":">","value":1700000000},{"field":"state","operator":"IN","value":["open","snoozed"]}]},"pagination":{"per_page":150,"starting_after":null},"ratio":0.5,"flag":true}""",
                IntercomJson.ToJson(body));
        }

        [Fact]
        public void ToJson_writes_hashtables_as_objects()
        {
            var body = new Hashtable { ["admin_id"] = "5" };

            Assert.Equal("""{"admin_id":"5"}""", IntercomJson.ToJson(body));
        }

        [Fact]
        public void ToJson_writes_dates_as_unix_seconds()
        {
            var body = new Dictionary<string, object?>
            {
                ["offset"] = new DateTimeOffset(2024, 12, 18, 16, 57, 40, TimeSpan.FromHours(1)),
                ["utc"] = new DateTime(2024, 12, 18, 15, 57, 40, DateTimeKind.Utc),
            };

            Assert.Equal("""{"offset":1734537460,"utc":1734537460}""", IntercomJson.ToJson(body));
        }

        [Fact]
        public void ToJson_leaves_non_ascii_and_html_characters_unescaped()
        {
            Assert.Equal("""{"body":"<p>Café – ok</p>"}""", IntercomJson.ToJson(new Dictionary<string, object?> { ["body"] = "<p>Café – ok</p>" }));
        }

        [Fact]
        public void ToJson_writes_models_through_their_mapping()
        {
            var tag = new Tag { Type = "tag", Id = "7", Name = "vip", AppliedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000) };
            tag.AdditionalProperties["future"] = new List<object?> { 1L };

            Assert.Equal("""[{"type":"tag","id":"7","name":"vip","applied_at":1700000000,"future":[1]}]""", IntercomJson.ToJson(new[] { tag }));
        }

        [Fact]
        public void ToJson_writes_other_objects_in_snake_case_without_nulls()
        {
            Assert.Equal("""{"per_page":150,"sort_order":"desc"}""",
                IntercomJson.ToJson(new { PerPage = 150, StartingAfter = (string?)null, SortOrder = "desc" }));
        }

        [Fact]
        public void SerializeToUtf8_is_the_utf8_of_ToJson()
        {
            var body = new Dictionary<string, object?> { ["name"] = "Zoé", ["n"] = new object?[] { 1, null } };

            Assert.Equal(Encoding.UTF8.GetBytes(IntercomJson.ToJson(body)), IntercomJson.SerializeToUtf8(body));
        }

        [Fact]
        public void Plain_values_survive_a_round_trip()
        {
            const string json = """{"a":[1,2.5,"x",true,null,{"B":{}}],"c":-9223372036854775808}""";

            Assert.Equal(json, IntercomJson.ToJson(IntercomJson.ToPlain(json)));
        }

        [Fact]
        public void ToJson_writes_every_integer_width_as_a_number_and_chars_guids_and_enums_as_their_text()
        {
            var values = new List<object?>
            {
                long.MinValue, int.MaxValue, (short)-7, (sbyte)-8, (byte)9, (ushort)10, uint.MaxValue, ulong.MaxValue,
                1.5f, 2.25, 3.5m, 'x', new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), DayOfWeek.Friday,
            };

            Assert.Equal(
                """[-9223372036854775808,2147483647,-7,-8,9,10,4294967295,18446744073709551615,1.5,2.25,3.5,"x","0f8fad5b-d9cb-469f-a165-70867728950e","Friday"]""",
                IntercomJson.ToJson(values));
        }

        [Fact]
        public void Numbers_json_cannot_hold_are_refused()
        {
            Assert.Throws<ArgumentException>(() => IntercomJson.ToJson(new Dictionary<string, object?> { ["x"] = double.NaN }));
        }
    }
}
