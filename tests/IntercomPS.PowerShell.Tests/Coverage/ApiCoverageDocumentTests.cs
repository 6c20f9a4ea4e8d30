using System.Collections.Generic;
using System.Linq;
using IntercomPS.TestSupport.Spec;

namespace IntercomPS.PowerShell.Tests.Coverage
{
    public sealed class ApiCoverageDocumentTests
    {
        [Fact]
        public void Each_operation_shows_its_cmdlets_or_its_reason_or_that_it_is_not_typed_yet()
        {
            var operations = OpenApiDescription.Intercom.Operations
                .Where(op => op.ToString() is "GET /tags" or "GET /tickets/{ticket_id}" or "GET /ai/content_import_sources")
                .ToList();
            var typedBy = new Dictionary<string, SortedSet<string>> { ["GET /tags"] = new SortedSet<string> { "Get-IntercomTag", "Add-IntercomTag" } };
            var notTyped = new Dictionary<string, string> { ["GET /ai/content_import_sources"] = "A reason | with a pipe." };

            var lines = ApiCoverageDocument.Render(operations, typedBy, notTyped).Split('\n');

            Assert.Equal(3, operations.Count);
            Assert.Contains("**Typed operations: 1 of 3 (33.3%).** Not typed, with a reason: 1. Not typed yet: 1.", lines);
            Assert.Contains("| GET | `/tags` | listTags | Tags | Add-IntercomTag, Get-IntercomTag |", lines);
            Assert.Contains(lines, line => line.StartsWith("| GET | `/ai/content_import_sources` |") && line.EndsWith("| *Not typed:* A reason \\| with a pipe. |"));
            Assert.Contains(lines, line => line.StartsWith("| GET | `/tickets/{ticket_id}` |") && line.EndsWith($"| {ApiCoverageDocument.NotTypedYet} |"));
        }
    }
}
