using System;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>Issue 3's failing-window rule and issue 4's "done when" under the sandbox's fault injection.</summary>
    public class ResilienceTests
    {
        private static string[] Strings(PSObject row, string name) =>
            ((object[])row.Properties[name].Value).Select(o => o.ToString()!).ToArray();

        [Fact]
        public void A_window_that_keeps_failing_is_one_error_naming_its_range_and_the_others_arrive()
        {
            var failing = DateTimeOffset.Parse("2026-01-10T00:00:00Z");
            // The window's query asks for created_at > start - 1 s; only that window's body carries this number.
            var marker = (failing.ToUnixTimeSeconds() - 1).ToString();
            using var session = new PowerShellSession();
            session.Run($"Connect-Intercom -Sandbox -SandboxSettings @{{ FailRequestsContaining = '{marker}' }} -MaxRetries 1 -RetryDelaySec 0").AssertNoErrors();
            var result = session.Run(@"
                $since = [DateTimeOffset]'2026-01-05T00:00:00Z'; $until = [DateTimeOffset]'2026-01-15T00:00:00Z'
                $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue | ForEach-Object Id)
                $sandbox = (Get-IntercomConnection).Sandbox
                [pscustomobject]@{
                    Ids = $ids
                    Expected = @($sandbox.ConversationIdsCreatedIn($since, [DateTimeOffset]'2026-01-10T00:00:00Z')) + @($sandbox.ConversationIdsCreatedIn([DateTimeOffset]'2026-01-11T00:00:00Z', $until))
                    Errors = @($failures)
                    Warnings = @($warned | ForEach-Object { $_.Message })
                }");
            Assert.Null(result.Terminating);
            var row = result.Output.Single();
            Assert.Equal(Strings(row, "Expected").OrderBy(i => i), Strings(row, "Ids").OrderBy(i => i));
            var only = ((object[])row.Properties["Errors"].Value).Single();
            var error = (ErrorRecord)(only is PSObject wrapped ? wrapped.BaseObject : only);
            Assert.Equal("2026-01-10T00:00:00Z..2026-01-11T00:00:00Z", error.TargetObject.ToString());
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("-Since '2026-01-10", error.Exception.Message);
            Assert.Contains(Strings(row, "Warnings"), w => w.Contains("2026-01-10T00:00:00Z..2026-01-11T00:00:00Z"));
        }

        [Fact]
        public void ErrorAction_Stop_makes_a_failed_window_terminating()
        {
            var marker = (DateTimeOffset.Parse("2026-01-06T00:00:00Z").ToUnixTimeSeconds() - 1).ToString();
            using var session = new PowerShellSession();
            session.Run($"Connect-Intercom -Sandbox -SandboxSettings @{{ FailRequestsContaining = '{marker}' }} -MaxRetries 0").AssertNoErrors();
            var error = session.CatchTerminating("Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-08T00:00:00Z' -ChunkDays 1 -ErrorAction Stop | ForEach-Object Id");
            Assert.Contains("2026-01-06T00:00:00Z..2026-01-07T00:00:00Z", error.ToString());
        }

        [Fact]
        public void A_chunked_fetch_under_5xx_dropped_connections_and_429_bursts_returns_exactly_the_truth_set()
        {
            using var session = new PowerShellSession();
            session.Run(@"Connect-Intercom -Sandbox -SandboxSettings @{
                    ConversationCount = 50000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-02-01T00:00:00Z'
                    ServerErrorRate = 0.1; DropConnectionRate = 0.02; RateLimitEvery = 97; Seed = 11 } -RetryDelaySec 0 -MaxRetries 8 -MaxRateLimitWaitSec 1").AssertNoErrors();
            var result = session.Run(@"
                $since = [DateTimeOffset]'2026-01-01T00:00:00Z'; $until = [DateTimeOffset]'2026-01-31T00:00:00Z'
                $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 8 | ForEach-Object Id)
                $sandbox = (Get-IntercomConnection).Sandbox
                $total = Get-IntercomApiStatistic | Where-Object Route -eq '(all routes)'
                [pscustomobject]@{
                    Ids = $ids
                    Truth = @($sandbox.ConversationIdsCreatedIn($since, $until))
                    ServerErrors = $sandbox.Log.CountStatus(500) + $sandbox.Log.CountStatus(502) + $sandbox.Log.CountStatus(503)
                    RateLimited = $sandbox.Log.CountStatus(429)
                    Dropped = $sandbox.Log.CountStatus(0)
                    Retries = $total.Retries
                }").AssertNoErrors();
            var row = result.Output.Single();
            var ids = Strings(row, "Ids");
            var truth = Strings(row, "Truth");
            Assert.True(truth.Length > 40000, $"truth has {truth.Length} ids");
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.Equal(truth.OrderBy(i => i, StringComparer.Ordinal), ids.OrderBy(i => i, StringComparer.Ordinal));
            var serverErrors = Convert.ToInt64(row.Properties["ServerErrors"].Value);
            var rateLimited = Convert.ToInt64(row.Properties["RateLimited"].Value);
            var dropped = Convert.ToInt64(row.Properties["Dropped"].Value);
            Assert.True(serverErrors > 0 && rateLimited > 0 && dropped > 0, $"5xx {serverErrors}, 429 {rateLimited}, dropped {dropped}");
            Assert.Equal(serverErrors + rateLimited + dropped, Convert.ToInt64(row.Properties["Retries"].Value));
        }
    }
}
