using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Sandbox.Routes;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Generic
{
    /// <summary>
    /// Serves every declared operation (<see cref="IntercomResources"/>) that no hand-written route serves, from the
    /// declarations alone: one <see cref="ResourceStore"/> per resource, started from the description's examples.
    /// Gets read the store (404 as Intercom answers it), lists page in the declared paging kind, creates and updates
    /// overlay the request body on the example or stored object, deletes remove, and other actions answer the
    /// operation's example with the addressed ids in it; an action that creates an object of another declared resource
    /// (an enqueued ticket's job) stores it there, so that it reads back. An object created or written under a parent
    /// (<c>/ticket_types/{ticket_type_id}/attributes</c>) names that parent as the path does. Every path id is checked: the resource's own id against its
    /// store, a parent's (<c>contact_id</c> of <c>/contacts/{contact_id}/notes</c>) against the route that reads that
    /// parent, hand-written or generic.
    /// </summary>
    internal sealed class GenericRoutes
    {
        private static readonly string[] Timestamps = { "created_at", "updated_at" };

        private readonly Router _router;
        private readonly WorkspaceState _state;
        private readonly IReadOnlyList<ResourceDescriptor> _resources;
        private readonly Dictionary<ResourceDescriptor, List<ApiOperation>> _served = new Dictionary<ResourceDescriptor, List<ApiOperation>>();
        private readonly Dictionary<ResourceDescriptor, HandRoute> _handGets = new Dictionary<ResourceDescriptor, HandRoute>();
        private readonly Dictionary<ResourceDescriptor, HandRoute> _handWholeLists = new Dictionary<ResourceDescriptor, HandRoute>();
        private readonly ConcurrentDictionary<string, Owner> _owners = new ConcurrentDictionary<string, Owner>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ResourceDescriptor, ResourceStore> _stores = new ConcurrentDictionary<ResourceDescriptor, ResourceStore>();

        private GenericRoutes(Router router, WorkspaceState state, IReadOnlyList<ResourceDescriptor> resources)
        {
            _router = router;
            _state = state;
            _resources = resources;
        }

        /// <summary>
        /// Maps every declared operation the router does not serve yet (hand-written routes come first), and puts the
        /// store in front of each hand-written route that reads a declared resource by id or lists it whole, so that
        /// what generic routes created, wrote or deleted reads back.
        /// </summary>
        public static GenericRoutes Register(Router router, WorkspaceState state, IEnumerable<ResourceDescriptor> resources)
        {
            var generic = new GenericRoutes(router, state, resources.ToList());
            var handTemplates = new HashSet<string>(router.Templates, StringComparer.Ordinal);
            foreach (var resource in generic._resources)
            {
                var served = new List<ApiOperation>();
                foreach (var operation in resource.Operations)
                {
                    var existing = router.Find(operation.Method.Method, operation.PathTemplate);
                    if (existing == null)
                    {
                        var declared = operation;
                        router.Map(operation.Route, context => generic.Serve(resource, declared, context));
                        served.Add(operation);
                    }
                    else if (operation == resource.Get && handTemplates.Contains(existing))
                    {
                        generic._handGets[resource] = new HandRoute(existing, router.HandlerOf(existing)!);
                    }
                    else if (operation == resource.List && operation.Paging == PagingKind.WholeList && operation.PathParameters.Count == 0 && handTemplates.Contains(existing))
                    {
                        generic._handWholeLists[resource] = new HandRoute(existing, router.HandlerOf(existing)!);
                    }
                }
                generic._served[resource] = served;
            }

            var wrapped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var handGet in generic._handGets)
            {
                if (generic._served[handGet.Key].Count == 0 || !wrapped.Add(handGet.Value.Template)) continue;
                var resource = handGet.Key;
                router.Wrap(handGet.Value.Template, hand => context => generic.ReadThrough(resource, hand, context));
            }
            foreach (var handList in generic._handWholeLists)
            {
                if (generic._served[handList.Key].Count == 0 || !wrapped.Add(handList.Value.Template)) continue;
                var resource = handList.Key;
                router.Wrap(handList.Value.Template, hand => context => generic.ListThrough(resource, hand, context));
            }
            return generic;
        }

        /// <summary>The declared operations this layer serves (the rest are served by hand-written routes).</summary>
        public IEnumerable<ApiOperation> ServedOperations => _served.Values.SelectMany(ops => ops);

        /// <summary>
        /// Who reads the objects a placeholder names: the declared resource whose id it is (<c>ticket_id</c> → tickets),
        /// else the hand-written route that reads them (<c>GET /contacts/{contact_id}</c>); neither when none or several do.
        /// </summary>
        public (ResourceDescriptor? Resource, string? HandRoute) OwnerOf(string placeholder)
        {
            var owner = _owners.GetOrAdd(placeholder, FindOwner);
            return (owner.Resource, owner.Hand?.Template);
        }

        /// <summary>The id of some live object of a resource in the store (the description's examples first), or null.</summary>
        public string? AnyId(ResourceDescriptor resource) => StoreOf(resource).AnyLiveId();

        private ApiResponse Serve(ResourceDescriptor resource, ApiOperation operation, ApiContext context)
        {
            var example = SpecExamples.For(operation.Route);
            var addressesItem = operation.PathParameters.Contains(resource.IdParameter);
            if (IsWorkspaceSingleton(resource) && (operation == resource.Get || operation == resource.Update)) return Singleton(resource, operation, example, context);
            if (operation == resource.Get && addressesItem) return Get(resource, operation, example, context);
            if (operation == resource.Update && addressesItem) return Update(resource, operation, example, context);
            if (operation == resource.Delete && addressesItem) return Delete(resource, operation, example, context);
            if (operation == resource.Create) return Create(resource, operation, example, context);
            if (operation.Paging != PagingKind.None) return List(resource, operation, example, context);
            return Act(resource, operation, example, context);
        }

        /// <summary>The workspace's one object of each resource read without an id (its IP allowlist), as last written.</summary>
        private readonly ConcurrentDictionary<ResourceDescriptor, JsonObject> _singletons = new ConcurrentDictionary<ResourceDescriptor, JsonObject>();

        private static bool IsWorkspaceSingleton(ResourceDescriptor resource) => resource.Get != null && resource.Get.PathParameters.Count == 0 && resource.List == null;

        /// <summary>Reads or writes the workspace's one object: the example until a write, then what was written (overlaid on it).</summary>
        private ApiResponse Singleton(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            var current = _singletons.GetOrAdd(resource, _ => SpecExamples.For(resource.Get!.Route).NewBody() as JsonObject ?? new JsonObject());
            lock (current)
            {
                if (operation == resource.Update)
                {
                    ObjectEdits.Overlay(current, BodyObject(context), new[] { "type" });
                    ObjectEdits.Stamp(current, _state.Now, "updated_at");
                }
                return Answer(example, current.DeepClone());
            }
        }

        private ApiResponse Get(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            var found = Resolve(resource, context.Route(resource.IdParameter), Parents(resource, operation, context), context).Body;
            // An example shown under every parent names the parent it is read under.
            NameParents(found, operation, resource, context);
            return Answer(example, found);
        }

        private ApiResponse Update(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            var id = context.Route(resource.IdParameter);
            var store = StoreOf(resource);
            var parents = Parents(resource, operation, context);
            var current = Resolve(resource, id, parents, context).Body;
            ObjectEdits.Overlay(current, BodyObject(context), new[] { "type", store.IdMember });
            NameParents(current, operation, resource, context);
            ObjectEdits.Stamp(current, _state.Now, "updated_at");
            return Answer(example, store.Put(id, current));
        }

        private ApiResponse Delete(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            var id = context.Route(resource.IdParameter);
            var store = StoreOf(resource);
            var parents = Parents(resource, operation, context);
            var current = Resolve(resource, id, parents, context);
            // Through a parent's path, an object that is not that parent's own (an example shown in every collection,
            // or one a hand-written route serves) is detached from the parent, not deleted from the workspace.
            var detachOnly = current.Scope == null && !parents.IsTopLevel;
            if (!detachOnly) store.Delete(id, current.Body);
            var answer = ObjectEdits.Substitute(example.NewBody(), example.PathExamples, context.RouteValues);
            if (answer is JsonObject deleted && deleted.TryGetPropertyValue(store.IdMember, out var shownId))
            {
                deleted[store.IdMember] = ObjectEdits.IdNode(id, shownId?.GetValueKind() == JsonValueKind.Number);
            }
            return Answer(example, answer);
        }

        private ApiResponse Create(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            var store = StoreOf(resource);
            var created = ObjectEdits.Substitute(example.NewBody(), example.PathExamples, context.RouteValues) as JsonObject ?? new JsonObject();
            var body = BodyObject(context);
            ObjectEdits.Overlay(created, body, new[] { "type", store.IdMember });
            NameParents(created, operation, resource, context);
            // A created_at the request gives (a ticket imported from another system) is kept, as the API keeps it.
            ObjectEdits.Stamp(created, _state.Now, Timestamps.Where(member => !body.ContainsKey(member)).ToArray());
            return Answer(example, store.Create(created, Parents(resource, operation, context)));
        }

        /// <summary>
        /// Sets the members of <paramref name="target"/> that name a parent of the path (an attribute's
        /// <c>ticket_type_id</c> under <c>/ticket_types/{ticket_type_id}/attributes</c>) to the path's values, as the
        /// API answers them: the example's would name another parent.
        /// </summary>
        private static void NameParents(JsonObject target, ApiOperation operation, ResourceDescriptor resource, ApiContext context)
        {
            foreach (var placeholder in operation.PathParameters)
            {
                if (placeholder == resource.IdParameter || !target.TryGetPropertyValue(placeholder, out var shown)) continue;
                target[placeholder] = ObjectEdits.IdNode(context.Route(placeholder), shown?.GetValueKind() == JsonValueKind.Number);
            }
        }

        private ApiResponse List(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            var collection = Parents(resource, operation, context);
            var request = new PageRequest { PerPage = CollectionPages.DefaultPerPage(example, operation), Binding = operation.Route + "|" + collection.Key };
            JsonQuery? query = null;
            if (operation.Paging == PagingKind.SearchCursor)
            {
                var body = context.Body;
                if (!body.TryGetProperty("query", out var queryElement) || queryElement.ValueKind == JsonValueKind.Null) throw ApiException.Missing("query");
                query = JsonQuery.Parse(queryElement);
                request.Binding += "|" + CollectionPages.Fingerprint(query.Fingerprint);
                ReadPagination(body, operation, request);
            }
            else
            {
                request.PerPage = CollectionPages.CheckPerPage(context.QueryInt("per_page", request.PerPage), operation);
                request.Page = context.QueryInt("page", 1);
                if (request.Page < 1) throw ApiException.Invalid("page must be 1 or more", "page");
                var token = operation.Paging == PagingKind.Scroll ? context.QueryValue("scroll_param")
                    : operation.Paging == PagingKind.QueryCursor ? context.QueryValue("cursor")
                    : context.QueryValue("starting_after");
                request.Token = string.IsNullOrEmpty(token) ? null : token;
                if (operation.Paging == PagingKind.NextLink)
                {
                    var kept = string.Join("&", (context.QueryString ?? "").TrimStart('?').Split('&')
                        .Where(pair => pair.Length > 0 && !pair.StartsWith("starting_after=", StringComparison.Ordinal)));
                    request.LinkBase = context.Path + (kept.Length == 0 ? "" : "?" + kept);
                }
            }
            var page = StoreOf(resource).Read(collection, items =>
                CollectionPages.Select(operation, query == null ? items : query.Filter(items, item => item.Body), request));
            foreach (var item in page.Items) NameParents(item, operation, resource, context);
            return CollectionPages.Answer(example, operation, page, request.LinkBase);
        }

        private static void ReadPagination(JsonElement body, ApiOperation operation, PageRequest request)
        {
            if (!body.TryGetProperty("pagination", out var pagination) || pagination.ValueKind != JsonValueKind.Object) return;
            if (pagination.TryGetProperty("per_page", out var perPage) && perPage.ValueKind != JsonValueKind.Null)
            {
                if (perPage.ValueKind != JsonValueKind.Number || !perPage.TryGetInt32(out var size)) throw ApiException.Invalid("per_page must be an integer", "per_page");
                request.PerPage = CollectionPages.CheckPerPage(size, operation);
            }
            if (pagination.TryGetProperty("starting_after", out var after) && after.ValueKind != JsonValueKind.Null)
            {
                request.Token = after.ValueKind == JsonValueKind.String ? after.GetString() : throw new ApiException(400, "client_error", Search.SearchCursor.InvalidMessage);
            }
        }

        /// <summary>An action changes nothing here: it answers its example, naming the objects the path addresses.</summary>
        private ApiResponse Act(ResourceDescriptor resource, ApiOperation operation, SpecExample example, ApiContext context)
        {
            CheckParents(resource, operation, context);
            string? addressedType = null;
            if (operation.PathParameters.Contains(resource.IdParameter))
            {
                addressedType = (string?)Resolve(resource, context.Route(resource.IdParameter), Parents(resource, operation, context), context).Body["type"];
            }
            var answer = ObjectEdits.Substitute(example.NewBody(), example.PathExamples, context.RouteValues);
            // An action that answers with the object it addressed (a ticket after change_type) answers with its id.
            if (addressedType != null && answer is JsonObject result && (string?)result["type"] == addressedType)
            {
                var idMember = StoreOf(resource).IdMember;
                result[idMember] = ObjectEdits.IdNode(context.Route(resource.IdParameter), result[idMember]?.GetValueKind() == JsonValueKind.Number);
            }
            // An action that creates an object of another declared resource (POST /tickets/enqueue answers a job) puts
            // it in that resource's store under a new id, so that reading it back (GET /jobs/status/{job_id}) finds it.
            else if (operation.Safety == Engine.Transport.RequestSafety.Creating && answer is JsonObject made
                     && ReaderOfType((string?)made["type"], resource) is ResourceDescriptor maker)
            {
                ObjectEdits.Stamp(made, _state.Now, Timestamps);
                answer = StoreOf(maker).Create(made, Scope.TopLevel);
            }
            return Answer(example, answer);
        }

        /// <summary>
        /// The declared resource, other than <paramref name="acting"/>, whose objects have this JSON type and which the
        /// generic store reads by id at the top level (jobs); null when there is none or more than one.
        /// </summary>
        private ResourceDescriptor? ReaderOfType(string? type, ResourceDescriptor acting)
        {
            if (type == null) return null;
            var readers = _resources.Where(candidate => candidate != acting && candidate.Get is ApiOperation get && get.PathParameters.Count == 1
                                                        && _served[candidate].Contains(get)
                                                        && (string?)(SpecExamples.For(get.Route).NewBody() as JsonObject)?["type"] == type)
                .ToList();
            return readers.Count == 1 ? readers[0] : null;
        }

        /// <summary>
        /// In front of a hand-written route reading a declared resource by id: what generic routes wrote answers from
        /// the store (and what they deleted is 404); anything else is the hand-written route's.
        /// </summary>
        private ApiResponse ReadThrough(ResourceDescriptor resource, Func<ApiContext, ApiResponse> hand, ApiContext context)
        {
            if (_stores.TryGetValue(resource, out var store) && _handGets[resource].ValueOf(resource.Get!, resource.IdParameter, context) is string id)
            {
                var stored = store.Find(id, out var known, out var deleted, out _);
                if (deleted) throw ApiException.NotFound();
                if (known) return ApiResponse.Json(w => stored!.WriteTo(w));
            }
            return hand(context);
        }

        /// <summary>
        /// The object a resource id names, as a copy: from the store, else from the hand-written route that reads the
        /// resource; 404 when neither has it, when it was deleted, or when it belongs to another parent than the path's.
        /// </summary>
        private (JsonObject Body, Scope? Scope) Resolve(ResourceDescriptor resource, string id, Scope parents, ApiContext context)
        {
            var stored = StoreOf(resource).Find(id, out var known, out var deleted, out var scope);
            if (deleted || (known && parents.Conflicts(scope))) throw ApiException.NotFound();
            if (known) return (stored!, scope);
            if (_handGets.TryGetValue(resource, out var hand))
            {
                var values = new Dictionary<string, string>(context.RouteValues, StringComparer.Ordinal) { [resource.IdParameter] = id };
                var response = hand.Call(resource.Get!, values, context);
                return (JsonNode.Parse(response.Body) as JsonObject ?? new JsonObject(), null);
            }
            if (_handWholeLists.TryGetValue(resource, out var list))
            {
                var idMember = StoreOf(resource).IdMember;
                var listed = ItemsOf(list.Call(resource.List!, new Dictionary<string, string>(), context), resource.List!)
                    ?.OfType<JsonObject>().FirstOrDefault(item => ResourceStore.IdText(item[idMember]) == id);
                if (listed != null) return ((JsonObject)listed.DeepClone(), null);
            }
            throw ApiException.NotFound();
        }

        /// <summary>
        /// In front of a hand-written whole list of a declared resource: objects generic routes wrote replace theirs,
        /// deleted ones are left out, and the store's own objects follow.
        /// </summary>
        private ApiResponse ListThrough(ResourceDescriptor resource, Func<ApiContext, ApiResponse> hand, ApiContext context)
        {
            var response = hand(context);
            if (!_stores.TryGetValue(resource, out var store) || response.Status != 200) return response;
            var answer = JsonNode.Parse(response.Body) as JsonObject;
            if (!(answer?[resource.List!.ItemsMember ?? "data"] is JsonArray items)) return response;
            var stored = store.Snapshot().ToDictionary(o => o.Id, StringComparer.Ordinal);
            var merged = new JsonArray();
            foreach (var item in items.ToList())
            {
                var id = ResourceStore.IdText((item as JsonObject)?[store.IdMember]);
                if (id == null || !stored.TryGetValue(id, out var written))
                {
                    items.Remove(item);
                    merged.Add(item);
                    continue;
                }
                stored.Remove(id);
                if (written.Body != null) merged.Add(written.Body);
            }
            foreach (var own in stored.Values.Where(o => o.Listed && o.Body != null)) merged.Add(own.Body);
            answer[resource.List!.ItemsMember ?? "data"] = merged;
            var rewritten = ApiResponse.Json(w => answer.WriteTo(w), response.Status);
            rewritten.Headers.AddRange(response.Headers);
            return rewritten;
        }

        private static JsonArray? ItemsOf(ApiResponse response, ApiOperation list) =>
            (JsonNode.Parse(response.Body) as JsonObject)?[list.ItemsMember ?? "data"] as JsonArray;

        /// <summary>Checks that every placeholder other than the resource's own id names an existing object (404 otherwise).</summary>
        private void CheckParents(ResourceDescriptor resource, ApiOperation operation, ApiContext context)
        {
            foreach (var placeholder in operation.PathParameters)
            {
                if (placeholder == resource.IdParameter) continue;
                var owner = _owners.GetOrAdd(placeholder, FindOwner);
                // A placeholder names the owner's objects only where the path reads like the owner's own address:
                // {id} of /conversations/{id}/merge is a conversation, not whatever else is read by an {id}.
                var prefix = operation.PathTemplate.Substring(0, operation.PathTemplate.IndexOf("{" + placeholder + "}", StringComparison.Ordinal) + placeholder.Length + 2);
                var ownerPath = owner.Resource?.Get?.PathTemplate ?? owner.Hand?.Template.Substring(owner.Hand.Template.IndexOf(' ') + 1);
                if (ownerPath == null || Router.ShapeOf(ownerPath) != Router.ShapeOf(prefix)) continue;
                var value = context.Route(placeholder);
                if (owner.Resource != null) Resolve(owner.Resource, value, Scope.TopLevel, context);
                else owner.Hand?.Call(null, new Dictionary<string, string>(StringComparer.Ordinal) { [placeholder] = value }, context);
            }
        }

        private static Scope Parents(ResourceDescriptor resource, ApiOperation operation, ApiContext context) =>
            Scope.Of(operation.PathParameters.Where(p => p != resource.IdParameter).Select(p => new KeyValuePair<string, string>(p, context.Route(p))));

        /// <summary>
        /// Who reads the objects a placeholder names: the one declared resource whose id it is and which can be read
        /// by it, else the one hand-written route <c>GET /things/{placeholder}</c>. None when ambiguous (<c>id</c>).
        /// </summary>
        private Owner FindOwner(string placeholder)
        {
            var readers = _resources
                .Where(r => r.IdParameter == placeholder && r.Get != null && r.Get.PathParameters.LastOrDefault() == placeholder)
                .GroupBy(r => Router.ShapeOf(r.Get!.PathTemplate))
                .ToList();
            if (readers.Count == 1) return new Owner(readers[0].First(), null);
            if (readers.Count > 1) return new Owner(null, null);
            // A declared list served here (GET /custom_object_instances/{custom_object_type_identifier}) reads the
            // objects under the placeholder, not the one it names: it cannot say whether that exists.
            var lists = new HashSet<string>(_served.Values.SelectMany(ops => ops).Where(op => op.Paging != PagingKind.None).Select(op => op.Route), StringComparer.Ordinal);
            var handReaders = _router.Templates
                .Where(t => t.StartsWith("GET ", StringComparison.Ordinal) && t.EndsWith("/{" + placeholder + "}", StringComparison.Ordinal) && t.Count(c => c == '/') == 2)
                .Where(t => !lists.Contains(t))
                .ToList();
            return handReaders.Count == 1 ? new Owner(null, new HandRoute(handReaders[0], _router.HandlerOf(handReaders[0])!)) : new Owner(null, null);
        }

        private ResourceStore StoreOf(ResourceDescriptor resource) => _stores.GetOrAdd(resource, CreateStore);

        /// <summary>A resource's store, started from the example objects of the operations served here (the seed is read now, not before).</summary>
        private ResourceStore CreateStore(ResourceDescriptor resource)
        {
            var seeds = new List<JsonObject>();
            foreach (var operation in _served[resource])
            {
                var example = SpecExamples.For(operation.Route).NewBody() as JsonObject;
                if (example == null) continue;
                if (operation == resource.Get)
                {
                    seeds.Add(example);
                }
                else if (operation.Paging != PagingKind.None && CollectionPages.ItemsIn(example, operation.ItemsMember) is JsonArray items)
                {
                    seeds.AddRange(items.OfType<JsonObject>().Select(item => (JsonObject)item.DeepClone()));
                }
            }
            var template = seeds.FirstOrDefault() ?? (resource.Create == null ? null : SpecExamples.For(resource.Create.Route).NewBody() as JsonObject);
            var idMember = template == null || template.ContainsKey("id") || !template.ContainsKey(resource.IdParameter) ? "id" : resource.IdParameter;
            return new ResourceStore(idMember, seeds, _state.NextWrittenId);
        }

        private static JsonObject BodyObject(ApiContext context) => JsonNode.Parse(context.Body.GetRawText()) as JsonObject ?? new JsonObject();

        private static ApiResponse Answer(SpecExample example, JsonNode? body)
        {
            if (body == null || example.AnswersNothing) return ApiResponse.Empty(example.Status);
            if (example.ContentType != null)
            {
                var text = body is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : body.ToJsonString();
                return new ApiResponse(example.Status, Encoding.UTF8.GetBytes(text), example.ContentType);
            }
            return ApiResponse.Json(w => body.WriteTo(w), example.Status);
        }

        /// <summary>Who reads the objects a placeholder names: a declared resource, a hand-written route, or nobody known.</summary>
        private sealed class Owner
        {
            public Owner(ResourceDescriptor? resource, HandRoute? hand)
            {
                Resource = resource;
                Hand = hand;
            }

            public ResourceDescriptor? Resource { get; }
            public HandRoute? Hand { get; }
        }

        /// <summary>A hand-written route that reads one object, called in-process to learn whether an id exists (its 404 is passed on).</summary>
        private sealed class HandRoute
        {
            public HandRoute(string template, Func<ApiContext, ApiResponse> handler)
            {
                Template = template;
                Handler = handler;
                var path = template.Substring(template.IndexOf(' ') + 1);
                Placeholders = path.Split('/').Where(s => s.StartsWith("{", StringComparison.Ordinal)).Select(s => s.Substring(1, s.Length - 2)).ToArray();
            }

            public string Template { get; }
            public Func<ApiContext, ApiResponse> Handler { get; }
            private string[] Placeholders { get; }

            /// <summary>The value a request to this route carries for <paramref name="declared"/>'s placeholder <paramref name="name"/>.</summary>
            public string? ValueOf(ApiOperation declared, string name, ApiContext context)
            {
                var position = -1;
                for (var i = 0; i < declared.PathParameters.Count; i++)
                {
                    if (declared.PathParameters[i] == name) position = i;
                }
                return position >= 0 && position < Placeholders.Length && context.RouteValues.TryGetValue(Placeholders[position], out var value) ? value : null;
            }

            /// <summary>
            /// Calls the route with the values of <paramref name="declared"/>'s placeholders (the hand-written template
            /// may name them differently; their positions agree) or, without a declaration, by the template's own names.
            /// </summary>
            public ApiResponse Call(ApiOperation? declared, IReadOnlyDictionary<string, string> values, ApiContext context)
            {
                var request = new ApiContext(context.State, "GET", Template, null, null, context.RequestId);
                for (var i = 0; i < Placeholders.Length; i++)
                {
                    var name = declared == null ? Placeholders[i] : declared.PathParameters[i];
                    if (!values.TryGetValue(name, out var value)) throw ApiException.NotFound();
                    request.RouteValues[Placeholders[i]] = value;
                }
                return Handler(request);
            }
        }
    }
}
