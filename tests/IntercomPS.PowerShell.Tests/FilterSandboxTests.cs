using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 6's "done when": against the sandbox, Search-* -Filter F returns exactly the ids that Where-Object F keeps
    /// from the full list (Get-* with no arguments). The very same script block runs on both sides: filters use the
    /// model's property names (CreatedAt, CustomAttributes.plan), which -Filter maps to Intercom's field names.
    /// Date bounds fall at odd times of day, so the contact search's whole-day comparison and the conversation
    /// search's inclusive or strict bounds are both exercised; ordering comparisons avoid fields that can be null,
    /// where PowerShell ($null -lt 5 is true) and Intercom (a missing value never matches) differ by design.
    /// </summary>
    public sealed class FilterSandboxTests : IClassFixture<FilterSandboxTests.Workspace>
    {
        private readonly PowerShellSession _session;

        public FilterSandboxTests(Workspace fixture) => _session = fixture.Shell;

        public sealed class Workspace : IDisposable
        {
            public Workspace()
            {
                Shell = new PowerShellSession();
                Shell.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 2000; ConversationCount = 2000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-03-01T00:00:00Z' }").AssertNoErrors();
                Shell.Run(@"
                    $allContacts = @(Get-IntercomContact)
                    $allConversations = @(Get-IntercomConversation)
                    $since = [DateTimeOffset]'2026-01-20T13:17:42Z'
                    $until = [DateTimeOffset]'2026-02-03T07:05:09Z'
                    $early = [DateTimeOffset]'2026-01-08T05:00:00Z'
                    $exactContact = $allContacts[17].CreatedAt
                    $exactConversation = $allConversations[23].CreatedAt
                    $someEmail = @($allContacts | Where-Object { $_.Email })[5].Email.ToUpperInvariant()
                    $admins = @(@(Get-IntercomAdmin | ForEach-Object Id)[0..1])").AssertNoErrors();
                var counts = Shell.Run("$allContacts.Count; $allConversations.Count").AssertNoErrors().Output.Select(o => Convert.ToInt32(o.BaseObject)).ToList();
                Assert.Equal(new[] { 2000, 2000 }, counts);
            }

            public PowerShellSession Shell { get; }

            public void Dispose() => Shell.Dispose();
        }

        public static IEnumerable<object[]> ContactFilters() => new[]
        {
            "$_.Role -eq 'user' -and $_.CreatedAt -ge $since -and $_.CreatedAt -lt $until",
            "$_.CustomAttributes.plan -in 'pro','enterprise' -and $_.CustomAttributes.seats -gt 100",
            "$_.Email -like '*@acme.test' -or $_.Email -like '*@hooli.test'",
            "$_.Name -like '*an*' -and $_.CustomAttributes.plan -ne 'free'",
            "$_.Email -notlike '*example*' -and $_.Role -eq 'lead'",
            "($_.CreatedAt -gt $since -and $_.CustomAttributes.beta_tester -eq $true) -or ($_.CreatedAt -le $early -and $_.CustomAttributes.plan -notin 'free','starter')",
            "$_.CreatedAt -ge $since.AddDays(-3) -and $_.CreatedAt -le $since",
            "'pro','starter' -contains $_.CustomAttributes.plan -and $_.CustomAttributes.seats -le 10",
            "$_.CreatedAt -eq $exactContact",
            "$_.UpdatedAt -gt $until -or $_.CustomAttributes.seats -ge 245",
            "$_.Email -ieq $someEmail",
            "$_.EmailDomain -eq 'globex.test' -and $_.CreatedAt -lt $early.AddDays(7)",
        }.Select(filter => new object[] { filter });

        public static IEnumerable<object[]> ConversationFilters()
        {
            var filters = new[]
            {
                "$_.State -eq 'open' -and $_.CreatedAt -ge $since -and $_.CreatedAt -lt $until",
                "$_.Priority -in 'high','urgent' -or $_.CustomAttributes.vip -eq $true",
                "$_.CustomAttributes.issue_type -like 'b*' -and $_.CustomAttributes.order_count -ge 10",
                "$_.CustomAttributes.issue_type -like '*quest*' -or $_.CustomAttributes.issue_type -like '*OUNT'",
                "$_.State -ne 'closed' -and $_.Read -eq $false",
                "($_.CreatedAt -gt $since -and $_.State -eq 'snoozed') -or ($_.CreatedAt -lt $early -and $_.Priority -ne 'none')",
                "$_.UpdatedAt -ge $since -and $_.CustomAttributes.order_count -lt 3",
                "$_.CreatedAt -eq $exactConversation -or $_.CreatedAt -le $early",
                "$_.CustomAttributes.issue_type -notlike '*a*'",
                "$_.AdminAssigneeId -in $admins",
                "$_.CreatedAt -ne $exactConversation -and $_.CreatedAt -lt $early",
                "$PSItem.CreatedAt -gt $until -and $PSItem.CustomAttributes.vip -eq $false",
            };
            foreach (var inclusive in new[] { true, false })
            foreach (var filter in filters)
                yield return new object[] { filter, inclusive };
        }

        [Theory]
        [MemberData(nameof(ContactFilters))]
        public void Contact_filter_returns_exactly_what_Where_Object_keeps(string filter)
        {
            var (search, where) = Compare($"Search-IntercomContact -Filter $f", "$allContacts", filter);
            AssertSameIds(search, where, 2000);
        }

        [Theory]
        [MemberData(nameof(ConversationFilters))]
        public void Conversation_filter_returns_exactly_what_Where_Object_keeps(string filter, bool inclusiveBounds)
        {
            _session.Run($"(Get-IntercomConnection).Sandbox.Options.InclusiveDateComparison = ${inclusiveBounds.ToString().ToLowerInvariant()}").AssertNoErrors();
            try
            {
                var (search, where) = Compare("Search-IntercomConversation -Filter $f", "$allConversations", filter);
                AssertSameIds(search, where, 2000);
            }
            finally
            {
                _session.Run("(Get-IntercomConnection).Sandbox.Options.InclusiveDateComparison = $true").AssertNoErrors();
            }
        }

        [Fact]
        public void Contact_filter_combines_with_a_chunked_range()
        {
            var (search, where) = Compare(
                "Search-IntercomContact -Filter $f -Since $early -Until $since -ChunkDays 3",
                "$allContacts",
                "$_.CustomAttributes.plan -eq 'pro' -and $_.CreatedAt -lt $since.AddDays(-2).AddHours(5)",
                extraWhere: " -and $_.CreatedAt -ge $early -and $_.CreatedAt -lt $since");
            AssertSameIds(search, where, 2000);
        }

        [Fact]
        public void Conversation_filter_with_or_combines_with_a_chunked_range()
        {
            var (search, where) = Compare(
                "Search-IntercomConversation -Filter $f -Since $since -Until $until -ChunkDays 2 -ThrottleLimit 3",
                "$allConversations",
                "$_.State -eq 'open' -or $_.Priority -eq 'urgent'",
                extraWhere: " -and $_.CreatedAt -ge $since -and $_.CreatedAt -lt $until");
            AssertSameIds(search, where, 2000);
        }

        [Fact]
        public void First_counts_only_items_that_pass_the_exact_check()
        {
            // The contact query is widened by 26 hours either side, so the server's first page holds contacts outside
            // the range; -First must still give the first N that are really inside it.
            var result = _session.Run(@"
                $f = { $_.CreatedAt -ge $since -and $_.CreatedAt -lt $since.AddHours(30) }
                $found = @(Search-IntercomContact -Filter $f -First 7)
                $bad = @($found | Where-Object { -not ($_.CreatedAt -ge $since -and $_.CreatedAt -lt $since.AddHours(30)) })
                [pscustomobject]@{ Found = $found.Count; Outside = $bad.Count }").AssertNoErrors().Output.Single();
            Assert.Equal(7, (int)result.Properties["Found"].Value);
            Assert.Equal(0, (int)result.Properties["Outside"].Value);
        }

        [Fact]
        public void The_filter_runs_on_the_server_not_over_the_whole_list()
        {
            var result = _session.Run(@"
                $log = (Get-IntercomConnection).Sandbox.Log
                $listed = $log.Count('GET /contacts')
                $searched = $log.Count('POST /contacts/search')
                $found = @(Search-IntercomContact -Filter { $_.CustomAttributes.plan -eq 'enterprise' -and $_.CustomAttributes.seats -gt 200 } -PageSize 150)
                [pscustomobject]@{ Found = $found.Count; Listed = $log.Count('GET /contacts') - $listed; Searched = $log.Count('POST /contacts/search') - $searched }").AssertNoErrors().Output.Single();
            Assert.InRange((int)result.Properties["Found"].Value, 1, 149);
            Assert.Equal(0, Convert.ToInt32(result.Properties["Listed"].Value));
            Assert.Equal(1, Convert.ToInt32(result.Properties["Searched"].Value));
        }

        private (List<string> Search, List<string> Where) Compare(string search, string all, string filter, string extraWhere = "")
        {
            var result = _session.Run($@"
                $f = {{ {filter} }}
                $w = {{ ({filter}){extraWhere} }}
                $searchIds = @({search} | ForEach-Object Id)
                $whereIds = @({all} | Where-Object -FilterScript $w | ForEach-Object Id)
                [pscustomobject]@{{ Search = $searchIds; Where = $whereIds }}").AssertNoErrors();
            var row = result.Output.Single();
            return (Ids(row, "Search"), Ids(row, "Where"));
        }

        private static List<string> Ids(PSObject row, string name) => ((object[])row.Properties[name].Value).Select(o => o.ToString()!).ToList();

        private static void AssertSameIds(List<string> search, List<string> where, int total)
        {
            // A filter that keeps nothing or everything proves little.
            Assert.InRange(where.Count, 1, total - 1);
            Assert.Equal(search.Count, search.Distinct().Count());
            Assert.Equal(where.OrderBy(i => i, StringComparer.Ordinal), search.OrderBy(i => i, StringComparer.Ordinal));
        }
    }
}
