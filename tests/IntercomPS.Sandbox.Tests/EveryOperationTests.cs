using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Sandbox.Generic;
using IntercomPS.Sandbox.Routes;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>
    /// "The sandbox serves every cmdlet": every operation the module declares (IntercomResources) is answered with its
    /// documented success for a valid request, by a hand-written route or the generic store. A resource declared
    /// tomorrow is covered by this test without a change to it. Each case has its own workspace, so deletes and
    /// merges do not take objects away from the others.
    /// </summary>
    public class EveryOperationTests
    {
        private static readonly object SearchBody = new
        {
            query = new { field = "created_at", @operator = ">", value = 0 },
            pagination = new { per_page = 5 },
        };

        public static IEnumerable<object[]> DeclaredOperations() => Cases(IntercomResources.All);

        public static IEnumerable<object[]> DescribedOperations() => Cases(PlainDeclarations.All);

        public static IEnumerable<object[]> HandWrittenRoutes() => SandboxRoutes.All.Select(route => new object[] { route });

        private static IEnumerable<object[]> Cases(IReadOnlyList<ResourceDescriptor> resources) =>
            resources
                .SelectMany(resource => resource.Operations.Select(operation => (resource.Noun, operation.Route)))
                .GroupBy(pair => pair.Route)
                .Select(group => new object[] { group.First().Noun, group.Key });

        [Theory]
        [MemberData(nameof(DeclaredOperations))]
        public Task Every_declared_operation_is_answered_with_its_documented_success(string noun, string route) =>
            AssertServedAsync(IntercomResources.All, noun, route);

        /// <summary>
        /// Every operation of the description, declared plainly (see <see cref="PlainDeclarations"/>): whatever the
        /// module declares next, its examples and paths do not trip the generic store.
        /// </summary>
        [Theory]
        [MemberData(nameof(DescribedOperations))]
        public Task Every_operation_of_the_description_is_served_once_declared(string noun, string route) =>
            AssertServedAsync(PlainDeclarations.All, noun, route, declaredPlainly: true);

        private static async Task AssertServedAsync(IReadOnlyList<ResourceDescriptor> resources, string noun, string route, bool declaredPlainly = false)
        {
            var resource = resources.First(r => r.Noun == noun);
            var operation = resource.Operations.First(o => o.Route == route);
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small(o => o.Resources = resources));
            var handTemplate = HandTemplateOf(route);
            var generic = client.Workspace.Generic.ServedOperations.Contains(operation);
            Assert.True(generic || handTemplate != null, $"{route} is served by neither a hand-written route nor the generic store.");

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var body = handTemplate != null && Recipes.TryGetValue(handTemplate, out var recipe)
                ? await recipe(client, values)
                : operation.Paging == PagingKind.SearchCursor ? SearchBody
                : operation.Method == HttpMethod.Get || operation.Method == HttpMethod.Delete ? null
                : new { };
            var unknown = new List<string>();
            foreach (var placeholder in operation.PathParameters)
            {
                if (values.ContainsKey(placeholder)) continue;
                var id = await ExistingIdAsync(client, placeholder == resource.IdParameter ? resource : null, placeholder);
                if (id == null) unknown.Add(placeholder);
                values[placeholder] = id ?? "1";
            }

            var path = operation.CreateRequest(values).Path;
            var answer = await client.SendAsync(operation.Method, path, body);
            if (unknown.Count > 0)
            {
                // No object of the resource exists and none can be made: only a plain declaration of the whole
                // description may leave one so; the module's own declarations must give a way to list or create it.
                Assert.True(declaredPlainly, $"{route}: no existing object for {{{string.Join("}, {", unknown)}}}; declare a way to list or create {noun}.");
                answer.AssertError(404, answer.Json.GetProperty("errors")[0].Str("code"));
                return;
            }
            var expected = generic ? SpecExamples.For(route).Status : 200;
            Assert.True(answer.Status == expected, $"{route} ({operation.Method} /{path}): expected {expected}, got {answer.Status}: {answer.Text}");
        }

        [Theory]
        [MemberData(nameof(HandWrittenRoutes))]
        public async Task Every_hand_written_route_answers_a_valid_request(string route)
        {
            using var client = new SandboxClient(Transport.InProcess);
            var space = route.IndexOf(' ');
            var method = new HttpMethod(route.Substring(0, space));
            var template = route.Substring(space + 2);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var body = Recipes.TryGetValue(route, out var recipe) ? await recipe(client, values) : method == HttpMethod.Get || method == HttpMethod.Delete ? null : new { };
            var operation = new ApiOperation(method.Method, template);
            foreach (var placeholder in operation.PathParameters)
            {
                if (!values.ContainsKey(placeholder)) values[placeholder] = await ExistingIdAsync(client, null, placeholder) ?? throw new InvalidOperationException($"{route}: no {{{placeholder}}} found.");
            }
            var answer = await client.SendAsync(method, operation.CreateRequest(values).Path, body);
            Assert.True(answer.Status == 200, $"{route}: expected 200, got {answer.Status}: {answer.Text}");
        }

        /// <summary>The hand-written route of the same method and path shape as a declared route, or null.</summary>
        private static string? HandTemplateOf(string route) => SandboxRoutes.All.FirstOrDefault(hand => Shape(hand) == Shape(route));

        private static string Shape(string route)
        {
            var space = route.IndexOf(' ');
            return route.Substring(0, space) + " " + Router.ShapeOf(route.Substring(space + 1));
        }

        /// <summary>
        /// An id of an existing object for a placeholder: from a hand-written list of the objects (generated ones, which
        /// every route knows), else from the generic store (the description's examples), else a new one made through the
        /// resource's declared create (under existing parents, found the same way). Null when nothing reads such
        /// objects, or none exists.
        /// </summary>
        private static async Task<string?> ExistingIdAsync(SandboxClient client, ResourceDescriptor? own, string placeholder)
        {
            var (owner, handReader) = own != null ? (own, null) : client.Workspace.Generic.OwnerOf(placeholder);
            var reader = owner?.Get?.Route ?? handReader;
            var lists = new[]
            {
                owner?.List != null && owner.List.PathParameters.Count == 0 ? owner.List.Route : null,
                reader == null ? null : reader.Substring(0, reader.LastIndexOf('/')),
            };
            foreach (var list in lists.Where(l => l != null && l.StartsWith("GET ", StringComparison.Ordinal) && HandTemplateOf(l) != null))
            {
                var listed = (await client.GetAsync(list!.Substring("GET /".Length))).EnsureOk().Json;
                var first = listed.EnumerateObject().Where(member => member.Value.ValueKind == JsonValueKind.Array)
                    .SelectMany(member => member.Value.EnumerateArray())
                    .FirstOrDefault(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out _));
                if (first.ValueKind == JsonValueKind.Object) return first.GetProperty("id").ToString();
            }
            if (owner == null) return handReader == null ? "1" : null;
            if (client.Workspace.Generic.AnyId(owner) is string stored) return stored;
            if (owner.Create != null)
            {
                // Made under existing parents when the create has some (an attribute under its ticket type).
                var parents = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var parent in owner.Create.PathParameters)
                {
                    if (!(await ExistingIdAsync(client, null, parent) is string parentId)) return null;
                    parents[parent] = parentId;
                }
                return (await client.PostAsync(owner.Create.CreateRequest(parents).Path, new { })).EnsureOk().Json.GetProperty("id").ToString();
            }
            return null;
        }

        /// <summary>Valid requests to hand-written routes that need a body, set-up, or a value no list gives.</summary>
        private delegate Task<object?> Recipe(SandboxClient client, Dictionary<string, string> pathValues);

        private static readonly Dictionary<string, Recipe> Recipes = new Dictionary<string, Recipe>(StringComparer.Ordinal)
        {
            [SandboxRoutes.CreateOrUpdateTag] = (client, values) => Body(new { name = "Made by the route test" }),
            [SandboxRoutes.CreateContact] = (client, values) => Body(new { role = "user", email = "route-test@example.com" }),
            [SandboxRoutes.SearchContacts] = (client, values) => Body(SearchBody),
            [SandboxRoutes.SearchConversations] = (client, values) => Body(SearchBody),
            [SandboxRoutes.GetContactByExternalId] = async (client, values) =>
            {
                var users = await client.SearchAllAsync("contacts/search", new { field = "role", @operator = "=", value = "user" }, items: "data");
                values["external_id"] = users.First(user => user.TryGetProperty("external_id", out var id) && id.ValueKind == JsonValueKind.String).Str("external_id");
                return null;
            },
            [SandboxRoutes.MergeContacts] = async (client, values) =>
            {
                var users = await client.SearchAllAsync("contacts/search", new { field = "role", @operator = "=", value = "user" }, items: "data");
                var user = users.First(candidate => candidate.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String);
                var lead = (await client.PostAsync("contacts", new { role = "lead", email = user.Str("email") })).EnsureOk().Json;
                return new { from = lead.Str("id"), into = user.Str("id") };
            },
            [SandboxRoutes.TagContact] = (client, values) => Body(new { id = client.Workspace.TagIds[0] }),
            [SandboxRoutes.CreateOrUpdateCompany] = (client, values) => Body(new { company_id = "route-test", name = "Made by the route test" }),
            [SandboxRoutes.AttachContactToCompany] = (client, values) => Body(new { id = client.Workspace.CompanyIds[0] }),
            [SandboxRoutes.CreateContactNote] = (client, values) => Body(new { body = "<p>Made by the route test</p>", admin_id = client.Workspace.AdminId }),
            [SandboxRoutes.ReplyToConversation] = (client, values) =>
                Body(new { message_type = "comment", type = "admin", admin_id = client.Workspace.AdminId, body = "Made by the route test" }),
            [SandboxRoutes.ManageConversation] = (client, values) => Body(new { message_type = "close", type = "admin", admin_id = client.Workspace.AdminId }),
            [SandboxRoutes.TagConversation] = (client, values) => Body(new { id = client.Workspace.TagIds[0], admin_id = client.Workspace.AdminId }),
            [SandboxRoutes.UntagConversation] = async (client, values) =>
            {
                var conversation = client.Workspace.ConversationIdAt(0);
                var tag = client.Workspace.TagIds[0];
                (await client.PostAsync($"conversations/{conversation}/tags", new { id = tag, admin_id = client.Workspace.AdminId })).EnsureOk();
                values["conversation_id"] = conversation;
                values["tag_id"] = tag;
                return new { admin_id = client.Workspace.AdminId };
            },
        };

        private static Task<object?> Body(object body) => Task.FromResult<object?>(body);
    }
}
