using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using IntercomPS.Engine.Search;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Engine.Search;
using IntercomPS.Sandbox.Generic;

namespace IntercomPS.Sandbox.Tests.Support
{
    /// <summary>
    /// Every operation of the description declared the plain way a resource author would: one resource per path
    /// before the first placeholder (<c>tickets</c>), its id the placeholder of its item path (<c>ticket_id</c>), with
    /// its list, get, search, create, update and delete, and every other operation of that path as an action or a
    /// sub-list. It shows that the generic store serves the whole description, whatever the module declares today.
    /// </summary>
    internal static class PlainDeclarations
    {
        private static readonly Lazy<IReadOnlyList<ResourceDescriptor>> Resources = new Lazy<IReadOnlyList<ResourceDescriptor>>(Declare);

        public static IReadOnlyList<ResourceDescriptor> All => Resources.Value;

        private static IReadOnlyList<ResourceDescriptor> Declare()
        {
            var resources = new List<ResourceDescriptor>();
            foreach (var group in SpecExamples.Routes.Select(Parse).GroupBy(route => route.Base))
            {
                var idParameter = group.Where(route => route.Method == "GET").Concat(group).Select(route => route.FirstPlaceholder).FirstOrDefault(p => p != null) ?? "id";
                var resource = new ResourceDescriptor<PlainObject>(group.Key, idParameter);
                var item = group.Key + "/{" + idParameter + "}";
                var action = 0;
                foreach (var route in group)
                {
                    var items = ItemsMember(route.Route);
                    if (route.Method == "GET" && route.Path == group.Key && resource.List == null) resource.Lists(route.Path, PagingOf(route.Route), items);
                    else if (route.Method == "GET" && route.Path == item) resource.Gets(route.Path);
                    else if (route.Method == "POST" && route.Path == group.Key + "/search") resource.Searches(route.Path, new SearchFields<PlainObject>(SearchDateRule.Second), items);
                    else if (route.Method == "POST" && route.Path == group.Key && resource.Create == null) resource.Creates(route.Path);
                    else if ((route.Method == "PUT" || route.Method == "PATCH") && route.Path == item) resource.Updates(route.Path, route.Method);
                    else if (route.Method == "DELETE" && route.Path == item) resource.Deletes(route.Path);
                    else if (route.Method == "GET" && !route.Path.EndsWith("}", StringComparison.Ordinal) && items != null) resource.ListsAlso("list" + action++, route.Path, PagingKind.PageNumber, items);
                    else resource.Acts("act" + action++, route.Method, route.Path);
                }
                resources.Add(resource);
            }
            return resources;
        }

        private static (string Route, string Method, string Path, string Base, string? FirstPlaceholder) Parse(string route)
        {
            var method = route.Substring(0, route.IndexOf(' '));
            var path = route.Substring(route.IndexOf(' ') + 2);
            var segments = path.Split('/');
            var first = Array.FindIndex(segments, s => s.StartsWith("{", StringComparison.Ordinal));
            var basePath = first < 0 ? path : string.Join("/", segments.Take(first));
            return (route, method, path, basePath, first < 0 ? null : segments[first].Trim('{', '}'));
        }

        /// <summary>A list whose example answer shows pages is paged (by cursor here); one without comes whole.</summary>
        private static PagingKind PagingOf(string route) =>
            (SpecExamples.For(route).NewBody() as JsonObject)?.ContainsKey("pages") == true ? PagingKind.Cursor : PagingKind.WholeList;

        /// <summary>The member of the example answer holding a list of objects; null when the answer is not a list.</summary>
        private static string? ItemsMember(string route) =>
            (SpecExamples.For(route).NewBody() as JsonObject)?.FirstOrDefault(member => member.Value is JsonArray array && array.All(i => i is JsonObject) && member.Key != "errors").Key;

        public sealed class PlainObject : IntercomObject
        {
        }
    }
}
