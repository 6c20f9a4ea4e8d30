using System;
using System.Text.RegularExpressions;
using IntercomPS.Engine.Diagnostics;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Diagnostics.RequestLogTests;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Diagnostics
{
    public class ApiReportTests
    {
        [Fact]
        public void The_page_is_self_contained_with_every_section_and_escapes_what_it_shows()
        {
            var statistics = new ApiStatistics(new FakeTimeProvider(Start));
            for (var i = 0; i < 50; i++)
            {
                statistics.RecordAttempt(Record(i % 2 == 0 ? "GET /conversations/{id}" : "POST /x<script>", i % 7 == 0 ? 429 : 200, 10 + i, Start.AddSeconds(i),
                    rateLimit: new RateLimitSnapshot(1000, 160 - i, Start.AddSeconds(10))));
            }

            var html = ApiReport.Render(statistics.Summarize(), Start);

            foreach (var external in new[] { "<script", "<link", "@import", "url(", "src=", "href=" })
            {
                Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotMatch(new Regex("https?://(?!www\\.w3\\.org)"), html);
            Assert.Contains("POST /x&lt;script&gt;", html);
            foreach (var id in new[] { "summary", "timeline-chart", "remaining-line", "latency-chart", "causes-chart", "causes", "routes" })
            {
                Assert.Contains($"id=\"{id}\"", html);
            }
            // 50 requests a second apart from 10:00:02 fill the windows starting 10:00:00 to 10:00:50: one bar each.
            Assert.Equal(6, Regex.Matches(html, "<rect class=\"requests\"").Count);
        }

        [Fact]
        public void An_empty_summary_still_renders_a_page_that_says_so()
        {
            var html = ApiReport.Render(new ApiStatistics(new FakeTimeProvider(Start)).Summarize(), Start);
            Assert.Contains("No requests were recorded.", html);
            Assert.Contains("</html>", html);
        }
    }
}
