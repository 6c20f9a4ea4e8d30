using System;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>Issue 5: the session cache, batch lookups and enrichment, counted in the sandbox's request log.</summary>
    public class CacheTests
    {
        private const string ContactRoute = "GET /contacts/{contact_id}";

        private static long Number(PSObject row, string name) => Convert.ToInt64(row.Properties[name].Value);

        [Fact]
        public void A_second_pass_over_5000_contact_ids_makes_no_request_and_keeps_input_order()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5000; ConversationCount = 10 }").AssertNoErrors();
            var row = session.Run($@"
                $ids = @(Get-IntercomContact | ForEach-Object Id)
                [array]::Reverse($ids)
                $log = (Get-IntercomConnection).Sandbox.Log
                $first = @($ids | Get-IntercomContact -ThrottleLimit 16 | ForEach-Object Id)
                $afterFirst = $log.Count('{ContactRoute}')
                $second = @($ids | Get-IntercomContact -ThrottleLimit 16 | ForEach-Object Id)
                $stats = Get-IntercomCacheStatistic
                [pscustomobject]@{{
                    Ids = $ids; First = $first; Second = $second
                    AfterFirst = $afterFirst; AfterSecond = $log.Count('{ContactRoute}')
                    Hits = $stats.Hits; Entries = $stats.Entries
                }}").AssertNoErrors().Output.Single();
            var ids = ((object[])row.Properties["Ids"].Value).Select(o => o.ToString()).ToArray();
            Assert.Equal(5000, ids.Length);
            Assert.Equal(ids, ((object[])row.Properties["First"].Value).Select(o => o.ToString()));
            Assert.Equal(ids, ((object[])row.Properties["Second"].Value).Select(o => o.ToString()));
            Assert.Equal(5000, Number(row, "AfterFirst"));
            Assert.Equal(5000, Number(row, "AfterSecond"));
            Assert.Equal(5000, Number(row, "Hits"));
            Assert.Equal(5000, Number(row, "Entries"));
        }

        [Fact]
        public void A_hundred_concurrent_lookups_of_one_uncached_id_make_one_request()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50; ConversationCount = 10 }").AssertNoErrors();
            var row = session.Run($@"
                $id = (Get-IntercomContact -First 1).Id
                $sandbox = (Get-IntercomConnection).Sandbox
                # Slow answers keep the first lookup in flight while the other 99 arrive.
                $sandbox.Options.Faults.LatencyPerRoute['{ContactRoute}'] = [TimeSpan]::FromMilliseconds(300)
                $found = @(1..100 | ForEach-Object {{ $id }} | Get-IntercomContact -ThrottleLimit 64)
                [pscustomobject]@{{ Found = $found.Count; Requests = $sandbox.Log.Count('{ContactRoute}'); Peak = $sandbox.Log.MaxConcurrency }}").AssertNoErrors().Output.Single();
            Assert.Equal(100, Number(row, "Found"));
            Assert.Equal(1, Number(row, "Requests"));
        }

        [Fact]
        public void NoCache_asks_again_and_Set_IntercomCache_changes_the_limits_later()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 10 }").AssertNoErrors();
            var row = session.Run($@"
                $ids = @(Get-IntercomContact | ForEach-Object Id)
                $log = (Get-IntercomConnection).Sandbox.Log
                $null = $ids | Get-IntercomContact
                $null = $ids | Get-IntercomContact -NoCache
                $afterNoCache = $log.Count('{ContactRoute}')
                $null = $ids | Get-IntercomContact
                $afterRefreshed = $log.Count('{ContactRoute}')
                $off = Set-IntercomCache -Size 0 -PassThru
                $null = $ids | Get-IntercomContact
                $afterOff = $log.Count('{ContactRoute}')
                $on = Set-IntercomCache -Size 10 -Ttl '00:10:00' -PassThru
                $null = $ids | Get-IntercomContact
                $null = $ids | Get-IntercomContact
                [pscustomobject]@{{
                    AfterNoCache = $afterNoCache; AfterRefreshed = $afterRefreshed; AfterOff = $afterOff; AfterOn = $log.Count('{ContactRoute}')
                    OffSize = $off.Size; OnSize = $on.Size; OnTtl = $on.Ttl; Entries = (Get-IntercomCacheStatistic).Entries
                }}").AssertNoErrors().Output.Single();
            Assert.Equal(40, Number(row, "AfterNoCache"));
            Assert.Equal(40, Number(row, "AfterRefreshed"));
            Assert.Equal(60, Number(row, "AfterOff"));
            Assert.Equal(0, Number(row, "OffSize"));
            Assert.Equal(10, Number(row, "OnSize"));
            Assert.Equal(TimeSpan.FromMinutes(10), (TimeSpan)row.Properties["OnTtl"].Value);
            // Ten entries at most: every pass over twenty ids evicts, so the second pass asks again for some.
            Assert.InRange(Number(row, "Entries"), 1, 10);
            Assert.InRange(Number(row, "AfterOn"), 60 + 20 + 1, 60 + 40);
        }

        [Fact]
        public void Whole_lists_of_admins_and_teams_are_cached_and_serve_lookups_by_id()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 10; ConversationCount = 10 }").AssertNoErrors();
            var row = session.Run(@"
                $admins = @(Get-IntercomAdmin)
                $again = @(Get-IntercomAdmin)
                $byId = @($admins | Get-IntercomAdmin)
                $fresh = @(Get-IntercomAdmin -NoCache)
                $log = (Get-IntercomConnection).Sandbox.Log
                [pscustomobject]@{ Count = $admins.Count; Again = $again.Count; ById = $byId.Count; Fresh = $fresh.Count; Lists = $log.Count('GET /admins'); Gets = $log.Count('GET /admins/{admin_id}') }").AssertNoErrors().Output.Single();
            Assert.True(Number(row, "Count") > 1);
            Assert.Equal(Number(row, "Count"), Number(row, "Again"));
            Assert.Equal(Number(row, "Count"), Number(row, "ById"));
            Assert.Equal(Number(row, "Count"), Number(row, "Fresh"));
            Assert.Equal(2, Number(row, "Lists"));
            Assert.Equal(0, Number(row, "Gets"));
        }

        [Fact]
        public void Expanding_1000_conversations_from_100_contacts_costs_about_100_contact_requests()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 100; ConversationCount = 1000 }").AssertNoErrors();
            var row = session.Run($@"
                $conversations = @(Get-IntercomConversation -ExpandContact -ExpandAssignee)
                $log = (Get-IntercomConnection).Sandbox.Log
                $distinct = [System.Collections.Generic.HashSet[string]]::new([string[]]@($conversations | ForEach-Object {{ $_.ContactIds }})).Count
                $mismatched = @($conversations | Where-Object {{ (@($_.ExpandedContacts | ForEach-Object Id) -join ',') -ne ($_.ContactIds -join ',') }}).Count
                $wrongAdmin = @($conversations | Where-Object {{ $_.AdminAssigneeId -and $_.AdminAssigneeId -ne '0' -and $_.AssignedAdmin.Id -ne $_.AdminAssigneeId }}).Count
                $assigned = @($conversations | Where-Object {{ $_.AssignedAdmin.Name }}).Count
                $teams = @($conversations | Where-Object {{ $_.TeamAssigneeId -and $_.TeamAssigneeId -ne '0' -and $_.AssignedTeam.Id -ne $_.TeamAssigneeId }}).Count
                $sample = $conversations[0].ExpandedContacts[0]
                $direct = Get-IntercomContact -Id $sample.Id -NoCache
                [pscustomobject]@{{
                    Count = $conversations.Count; Distinct = $distinct; Mismatched = $mismatched; WrongAdmin = $wrongAdmin; WrongTeam = $teams; Assigned = $assigned
                    ContactRequests = $log.Count('{ContactRoute}') - 1; AdminLists = $log.Count('GET /admins'); TeamLists = $log.Count('GET /teams')
                    SampleEmail = $sample.Email; DirectEmail = $direct.Email; SampleType = $sample.PSObject.TypeNames[0]
                }}").AssertNoErrors().Output.Single();
            Assert.Equal(1000, Number(row, "Count"));
            Assert.InRange(Number(row, "Distinct"), 50, 100);
            Assert.Equal(0, Number(row, "Mismatched"));
            Assert.Equal(0, Number(row, "WrongAdmin"));
            Assert.Equal(0, Number(row, "WrongTeam"));
            Assert.True(Number(row, "Assigned") > 0, "some conversations are assigned to an admin");
            Assert.Equal(Number(row, "Distinct"), Number(row, "ContactRequests"));
            Assert.Equal(1, Number(row, "AdminLists"));
            Assert.Equal(1, Number(row, "TeamLists"));
            Assert.Equal(row.Properties["DirectEmail"].Value, row.Properties["SampleEmail"].Value);
            Assert.Equal("IntercomPS.Contact", row.Properties["SampleType"].Value);
        }

        [Fact]
        public void A_conversation_by_id_is_cached_and_expands_too()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 30; ConversationCount = 50 }").AssertNoErrors();
            var row = session.Run(@"
                $ids = @(Get-IntercomConversation -First 5 | ForEach-Object Id)
                $first = @($ids | Get-IntercomConversation -ExpandContact)
                $second = @($ids | Get-IntercomConversation)
                $log = (Get-IntercomConnection).Sandbox.Log
                [pscustomobject]@{ Expanded = @($first | Where-Object { $_.ExpandedContacts.Count -ge 1 }).Count; Second = $second.Count; Gets = $log.Count('GET /conversations/{conversation_id}') }").AssertNoErrors().Output.Single();
            Assert.Equal(5, Number(row, "Expanded"));
            Assert.Equal(5, Number(row, "Second"));
            Assert.Equal(5, Number(row, "Gets"));
        }
    }
}
