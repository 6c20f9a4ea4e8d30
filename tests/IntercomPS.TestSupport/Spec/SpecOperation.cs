using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace IntercomPS.TestSupport.Spec
{
    /// <summary>One method on one path template of the description.</summary>
    public sealed class SpecOperation
    {
        internal SpecOperation(string method, string template, JsonElement element, HashSet<string> queryParameters, HashSet<string>? requestBodyMembers)
        {
            Method = method;
            Template = template;
            Element = element;
            Segments = OpenApiDescription.Segments(template);
            QueryParameters = queryParameters;
            RequestBodyMembers = requestBodyMembers;
            OperationId = element.TryGetProperty("operationId", out var id) ? id.GetString() : null;
            Tags = element.TryGetProperty("tags", out var tags)
                ? tags.EnumerateArray().Select(tag => tag.GetString()!).ToList()
                : (IReadOnlyList<string>)Array.Empty<string>();
        }

        public string Method { get; }

        /// <summary>The path as the description writes it, e.g. /conversations/{conversation_id}.</summary>
        public string Template { get; }

        /// <summary>The operation object of the description.</summary>
        public JsonElement Element { get; }

        /// <summary>The description's operationId; a few operations have none.</summary>
        public string? OperationId { get; }

        /// <summary>The description's tags (its grouping of operations by area), in its order.</summary>
        public IReadOnlyList<string> Tags { get; }

        public IReadOnlyList<string> Segments { get; }

        public IReadOnlyCollection<string> QueryParameters { get; }

        /// <summary>The members the request body schema declares, or null when it declares none.</summary>
        public IReadOnlyCollection<string>? RequestBodyMembers { get; }

        /// <summary>"GET /conversations/{conversation_id}": how the operation is named in failure messages and in tests/coverage.</summary>
        public override string ToString() => $"{Method} {Template}";

        internal static bool IsParameter(string segment) => segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal);
    }
}
