using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    public class SearchValidationTests
    {
        private static object F(string field, string op, object? value) => new Dictionary<string, object?> { ["field"] = field, ["operator"] = op, ["value"] = value };
        private static object G(string op, params object[] value) => new { @operator = op, value };

        private static async Task<Answer> Search(SandboxClient client, object query, string path = "conversations/search") =>
            await client.PostAsync(path, new { query });

        [Theory]
        [MemberData(nameof(Transports.Both), MemberType = typeof(Transports))]
        public async Task Two_levels_of_groups_pass_and_three_are_refused(Transport transport)
        {
            using var client = new SandboxClient(transport);
            var leaf = F("state", "=", "open");
            (await Search(client, G("AND", G("OR", leaf, leaf)))).EnsureOk();
            var tooDeep = await Search(client, G("AND", G("OR", G("AND", leaf, leaf), leaf)));
            tooDeep.AssertError(400, "parameter_invalid");
            Assert.Contains("nest", tooDeep.ErrorMessage);
        }

        [Fact]
        public async Task Fifteen_filters_per_group_pass_and_sixteen_are_refused()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var fifteen = Enumerable.Range(0, 15).Select(i => F("statistics.count_conversation_parts", "!=", 1000 + i)).ToArray();
            (await Search(client, G("AND", fifteen))).EnsureOk();
            var sixteen = fifteen.Append(F("state", "=", "open")).ToArray();
            var refused = await Search(client, G("OR", sixteen));
            refused.AssertError(400, "parameter_invalid");
            Assert.Contains("15", refused.ErrorMessage);
            // The limit is per group: two groups of 15 inside a root group are fine.
            (await Search(client, G("AND", G("AND", fifteen), G("AND", fifteen)))).EnsureOk();
        }

        [Theory]
        [InlineData("state", "LIKE", "open", "LIKE")]
        [InlineData("no_such_field", "=", "x", "no_such_field")]
        [InlineData("state", ">", "open", ">")]
        [InlineData("statistics.count_reopens", "~", "1", "~")]
        [InlineData("open", "<", true, "<")]
        [InlineData("created_at", ">", "foorbar", "foorbar")]
        [InlineData("created_at", "IN", 1767225600, "array")]
        [InlineData("state", "=", new[] { "open" }, "array")]
        public async Task Invalid_filters_are_refused_with_a_message_naming_the_problem(string field, string op, object value, string mentioned)
        {
            using var client = new SandboxClient(Transport.InProcess);
            var answer = await Search(client, F(field, op, value));
            answer.AssertError(400, "parameter_invalid");
            Assert.Contains(mentioned, answer.ErrorMessage);
        }

        [Fact]
        public async Task Malformed_bodies_are_refused()
        {
            using var client = new SandboxClient(Transport.InProcess);
            (await client.PostAsync("conversations/search", new { pagination = new { per_page = 5 } })).AssertError(400, "parameter_not_found");
            (await client.PostAsync("conversations/search", "{not json")).AssertError(400, "bad_request");
            (await client.PostAsync("conversations/search", new { query = G("XOR", F("state", "=", "open")) })).AssertError(400, "parameter_invalid");
            (await client.PostAsync("conversations/search", new { query = G("AND") })).AssertError(400, "parameter_invalid");
        }

        [Fact]
        public async Task Contact_date_fields_accept_only_equals_lower_and_greater()
        {
            using var client = new SandboxClient(Transport.InProcess);
            foreach (var op in new[] { ">=", "<=", "!=" })
            {
                (await Search(client, F("created_at", op, 1767225600), "contacts/search")).AssertError(400, "parameter_invalid");
            }
            (await Search(client, F("created_at", "IN", new[] { 1767225600 }), "contacts/search")).AssertError(400, "parameter_invalid");
            (await Search(client, F("created_at", ">", 1767225600), "contacts/search")).EnsureOk();
        }

        [Fact]
        public async Task Contact_tag_id_accepts_only_equals_and_not_equals()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var tag = client.Workspace.TagIds[0];
            (await Search(client, F("tag_id", "IN", new[] { tag }), "contacts/search")).AssertError(400, "parameter_invalid");
            (await Search(client, F("tag_id", "~", tag), "contacts/search")).AssertError(400, "parameter_invalid");
            (await Search(client, F("tag_id", "!=", tag), "contacts/search")).EnsureOk();
        }

        [Fact]
        public async Task Contact_sort_order_must_be_ascending_or_descending()
        {
            using var client = new SandboxClient(Transport.InProcess);
            var answer = await client.PostAsync("contacts/search", new { query = F("role", "=", "user"), sort = new { field = "created_at", order = "desc" } });
            answer.AssertError(400, "invalid_sort_order");
            Assert.Equal("Invalid sort order 'desc'. Must be one of: ascending, descending", answer.ErrorMessage);
            (await client.PostAsync("contacts/search", new { query = F("role", "=", "user"), sort = new { field = "nope", order = "ascending" } }))
                .AssertError(400, "parameter_invalid");
        }
    }
}
