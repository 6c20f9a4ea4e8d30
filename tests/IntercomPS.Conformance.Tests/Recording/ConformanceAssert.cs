using System.Collections.Generic;
using System.Linq;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests.Recording
{
    public static class ConformanceAssert
    {
        /// <summary>Fails, quoting Prism and each offending request, when Prism found any request invalid.</summary>
        public static void NoViolations(IEnumerable<RecordedExchange> exchanges, string what)
        {
            var violations = exchanges.Where(exchange => exchange.Violation != null).ToList();
            if (violations.Count == 0) return;
            Assert.Fail($"{what}: Prism found {violations.Count} request(s) invalid per Intercom's OpenAPI 2.16 description:\n" +
                        string.Join("\n", violations.Select(v => v.Describe())));
        }
    }
}
