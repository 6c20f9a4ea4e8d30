using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;

namespace IntercomPS.Conformance.Tests.Recording
{
    /// <summary>
    /// Rewrites Prism's answers on chosen routes so the engine goes on to send the requests a real workspace would
    /// draw from it. Prism's examples end every list on its first page (or, for the company scroll, never end it),
    /// so without this the follow-up requests (starting_after, scroll_param) would never reach the validator.
    /// Only answers are changed; every request still goes to Prism as the engine built it.
    /// </summary>
    public sealed class ResponseSteering
    {
        private readonly List<Rule> _rules = new List<Rule>();

        /// <summary>
        /// The first <paramref name="extraPages"/> answers of the route name a next page
        /// (<c>pages.next.starting_after</c> = steered-cursor-N); an empty page gets one minimal
        /// <paramref name="fillerType"/> item, since the engine rightly stops at an empty page.
        /// </summary>
        public ResponseSteering ContinueCursor(string method, string path, int extraPages, string fillerType)
        {
            _rules.Add(new Rule(method, path, (body, answer) =>
            {
                var items = ItemsOf(body);
                if (answer <= extraPages)
                {
                    if (items != null && items.Count == 0)
                    {
                        items.Add(new JsonObject { ["type"] = fillerType, ["id"] = $"steered-{fillerType}-{answer}" });
                    }
                    var pages = body["pages"] as JsonObject;
                    if (pages == null) body["pages"] = pages = new JsonObject { ["type"] = "pages" };
                    pages["next"] = new JsonObject { ["starting_after"] = CursorFor(answer) };
                }
                else if (body["pages"] is JsonObject pages)
                {
                    pages.Remove("next");
                }
            }));
            return this;
        }

        /// <summary>Answers after the first <paramref name="pages"/> of the route carry no items, which ends a scroll.</summary>
        public ResponseSteering EndAfter(string method, string path, int pages)
        {
            _rules.Add(new Rule(method, path, (body, answer) =>
            {
                if (answer > pages) ItemsOf(body)?.Clear();
            }));
            return this;
        }

        /// <summary>The cursor the <paramref name="answer"/>-th steered answer hands out (1-based).</summary>
        public static string CursorFor(int answer) => $"steered-cursor-{answer}";

        internal byte[] Apply(string method, string path, byte[] body)
        {
            var rules = _rules.Where(rule => rule.Matches(method, path)).ToList();
            if (rules.Count == 0) return body;
            if (!(JsonNode.Parse(body) is JsonObject root)) return body;
            foreach (var rule in rules) rule.Apply(root);
            return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
        }

        /// <summary>The page's item array: its one array-valued member other than errors, as the engine finds it.</summary>
        private static JsonArray? ItemsOf(JsonObject page) =>
            page.Where(member => member.Key != "errors").Select(member => member.Value).OfType<JsonArray>().FirstOrDefault();

        private sealed class Rule
        {
            private readonly string _method;
            private readonly string _path;
            private readonly Action<JsonObject, int> _rewrite;
            private int _answers;

            public Rule(string method, string path, Action<JsonObject, int> rewrite)
            {
                _method = method;
                _path = path;
                _rewrite = rewrite;
            }

            public bool Matches(string method, string path) =>
                string.Equals(method, _method, StringComparison.OrdinalIgnoreCase) && string.Equals(path, _path, StringComparison.Ordinal);

            public void Apply(JsonObject body) => _rewrite(body, Interlocked.Increment(ref _answers));
        }
    }
}
