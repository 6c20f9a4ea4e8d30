using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>Issue 3's "done when": exact truth sets under every chunking, paging limits, streaming, failures.</summary>
    public class ReadPathTests
    {
        private const string Start = "2026-01-01T00:00:00Z";

        private static string Connect(string transport, bool inclusive, int conversations = 6000) =>
            $"Connect-Intercom -Sandbox -SandboxTransport {transport} -SandboxSettings @{{ ConversationCount = {conversations}; RangeStart = [DateTimeOffset]'{Start}'; RangeEnd = [DateTimeOffset]'2026-03-02T00:00:00Z'; InclusiveDateComparison = ${inclusive.ToString().ToLowerInvariant()} }}";

        public static IEnumerable<object[]> Chunkings()
        {
            foreach (var inclusive in new[] { true, false })
            foreach (var days in new[] { 1, 7, 45 })
            foreach (var chunk in new[] { 1, 7, 30 })
            foreach (var throttle in new[] { 1, 4 })
                yield return new object[] { inclusive, days, chunk, throttle };
        }

        [Theory]
        [MemberData(nameof(Chunkings))]
        public void Range_read_returns_exactly_the_truth_set(bool inclusive, int days, int chunk, int throttle)
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", inclusive)).AssertNoErrors();
            // Starting on a midnight and ending on one puts items exactly on window boundaries.
            var result = session.Run($@"
                $since = [DateTimeOffset]'2026-01-10T00:00:00Z'; $until = $since.AddDays({days})
                $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays {chunk} -ThrottleLimit {throttle} | ForEach-Object Id)
                $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until))
                [pscustomobject]@{{ Ids = $ids; Truth = $truth }}").AssertNoErrors();
            var row = result.Output.Single();
            var ids = ((object[])row.Properties["Ids"].Value).Select(o => o.ToString()!).ToList();
            var truth = ((object[])row.Properties["Truth"].Value).Select(o => o.ToString()!).ToList();
            Assert.NotEmpty(truth);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(truth.OrderBy(i => i, StringComparer.Ordinal), ids.OrderBy(i => i, StringComparer.Ordinal));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Range_read_over_loopback_http_returns_exactly_the_truth_set(bool inclusive)
        {
            using var session = new PowerShellSession();
            session.Run(Connect("Loopback", inclusive)).AssertNoErrors();
            var result = session.Run(@"
                $since = [DateTimeOffset]'2026-01-03T00:00:00Z'; $until = $since.AddDays(30)
                $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 | ForEach-Object Id)
                $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until))
                [pscustomobject]@{ Ids = $ids; Truth = $truth }").AssertNoErrors();
            var row = result.Output.Single();
            var ids = ((object[])row.Properties["Ids"].Value).Select(o => o.ToString()!).ToList();
            var truth = ((object[])row.Properties["Truth"].Value).Select(o => o.ToString()!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(truth.OrderBy(i => i, StringComparer.Ordinal), ids.OrderBy(i => i, StringComparer.Ordinal));
        }

        [Fact]
        public void With_one_window_at_a_time_output_is_in_created_at_order()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var dates = session.Run("Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-12T00:00:00Z' -ChunkDays 1 -ThrottleLimit 1 | ForEach-Object { $_.CreatedAt.ToUnixTimeSeconds() }")
                .AssertNoErrors().Output.Select(o => (long)o.BaseObject).ToList();
            Assert.NotEmpty(dates);
            Assert.Equal(dates.OrderBy(d => d), dates);
        }

        [Fact]
        public void First_5_makes_at_most_one_search_request()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var result = session.Run(@"
                $sandbox = (Get-IntercomConnection).Sandbox
                $sandbox.Log.Clear()
                $items = @(Get-IntercomConversation -Since '2026-01-01T00:00:00Z' -Until '2026-02-15T00:00:00Z' -ThrottleLimit 4 -First 5)
                [pscustomobject]@{ Count = $items.Count; Searches = $sandbox.Log.Count('POST /conversations/search') }").AssertNoErrors();
            var row = result.Output.Single();
            Assert.Equal(5, (int)row.Properties["Count"].Value);
            Assert.Equal(1, (int)row.Properties["Searches"].Value);
        }

        [Fact]
        public void Skip_and_First_page_through_the_stream()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var all = session.Run("Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' | ForEach-Object Id").AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            var page = session.Run("Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -Skip 3 -First 4 | ForEach-Object Id").AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            Assert.Equal(all.Skip(3).Take(4), page);
        }

        [Fact]
        public void Objects_are_typed_chain_by_property_name_and_a_missing_id_continues()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var result = session.Run(@"
                $found = @(Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -First 3)
                @($found[0], [pscustomobject]@{ ConversationId = 'does-not-exist' }, $found[1]) | Get-IntercomConversation");
            Assert.Null(result.Terminating);
            Assert.Equal(2, result.Output.Count);
            Assert.All(result.Output, o => Assert.Contains("IntercomPS.Conversation", o.TypeNames));
            Assert.All(result.Output, o => Assert.NotNull(o.Properties["Parts"].Value));
            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("does-not-exist", error.TargetObject);
        }

        [Fact]
        public void Contacts_by_id_email_external_id_and_search_by_role_and_date_field()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var result = session.Run(@"
                $first = Get-IntercomContact -First 1
                $byId = $first | Get-IntercomContact
                $byEmail = @(Get-IntercomContact -Email $first.Email)
                $leads = @(Search-IntercomContact -Role lead -First 20)
                $recent = @(Search-IntercomContact -Since '2026-01-10T00:00:00Z' -Until '2026-01-13T00:00:00Z' -DateField created_at)
                [pscustomobject]@{ Id = $first.Id; ById = $byId.Id; EmailIds = @($byEmail.Id); LeadRoles = @($leads.Role); Recent = @($recent.CreatedAt) }").AssertNoErrors();
            var row = result.Output.Single();
            Assert.Equal(row.Properties["Id"].Value, row.Properties["ById"].Value);
            Assert.Contains(row.Properties["Id"].Value, (object[])row.Properties["EmailIds"].Value);
            var roles = (object[])row.Properties["LeadRoles"].Value;
            Assert.NotEmpty(roles);
            Assert.All(roles, r => Assert.Equal("lead", r));
            var created = ((object[])row.Properties["Recent"].Value).Select(o => (DateTimeOffset)(o is PSObject p ? p.BaseObject : o)).ToList();
            Assert.NotEmpty(created);
            Assert.All(created, c => Assert.InRange(c, DateTimeOffset.Parse("2026-01-10T00:00:00Z"), DateTimeOffset.Parse("2026-01-12T23:59:59Z")));
        }

        [Fact]
        public void An_invalid_query_fails_before_any_request_and_names_the_problem()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var result = session.Run(@"
                $sandbox = (Get-IntercomConnection).Sandbox
                $sandbox.Log.Clear()
                try { Search-IntercomConversation -Query @{ field = 'state'; operator = 'LIKE'; value = 'open' } } catch { $_ }
                $sandbox.Log.Count('POST /conversations/search')");
            var error = result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().Single();
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("LIKE", error.Exception.Message);
            Assert.Equal(0, (int)result.Output.Last().BaseObject);
        }

        [Fact]
        public void ShowQuery_returns_the_window_query_without_sending_it()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var json = session.Run("Search-IntercomConversation -Query @{ field = 'state'; operator = '='; value = 'open' } -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -ShowQuery")
                .AssertNoErrors().Output.Single().ToString()!;
            Assert.Contains("\"state\"", json);
            Assert.Contains("created_at", json);
        }

        [Fact]
        public void Workspace_objects_list_and_raw_requests_paginate()
        {
            using var session = new PowerShellSession();
            session.Run(Connect("InProcess", true)).AssertNoErrors();
            var result = session.Run(@"
                [pscustomobject]@{
                    Teams = @(Get-IntercomTeam).Count
                    Tags = @(Get-IntercomTag).Count
                    Segments = @(Get-IntercomSegment).Count
                    Companies = @(Get-IntercomCompany).Count
                    Attributes = @(Get-IntercomDataAttribute -Model contact).Count
                    RawContacts = @(Invoke-IntercomRequest GET contacts -Query @{ per_page = 50 } -Paginate).Count
                    Contacts = @(Get-IntercomContact).Count
                }").AssertNoErrors();
            var row = result.Output.Single();
            foreach (var name in new[] { "Teams", "Tags", "Segments", "Companies", "Attributes", "Contacts" })
            {
                Assert.True((int)row.Properties[name].Value > 0, name);
            }
            Assert.Equal(row.Properties["Contacts"].Value, row.Properties["RawContacts"].Value);
        }
    }
}
