using System.Text.Json;

namespace IntercomPS.TestSupport.Spec
{
    /// <summary>A response example of the description, with the schema its response declares.</summary>
    public sealed class ResponseExample
    {
        public ResponseExample(string route, string exampleName, string schemaName, JsonElement value)
        {
            Route = route;
            ExampleName = exampleName;
            SchemaName = schemaName;
            Value = value;
        }

        /// <summary>The operation that answers with it, e.g. "GET /contacts/{contact_id}".</summary>
        public string Route { get; }

        public string ExampleName { get; }

        public string SchemaName { get; }

        public JsonElement Value { get; }

        public override string ToString() => $"{Route} '{ExampleName}' ({SchemaName})";
    }
}
