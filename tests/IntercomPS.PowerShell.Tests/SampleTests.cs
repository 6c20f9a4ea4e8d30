using System;
using System.IO;
using System.Linq;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>Issue 11: each script in samples/ runs against the sandbox and its figures agree with the workspace.</summary>
    public class SampleTests
    {
        private static string Sample(string name) => Path.Combine(RepoPaths.Root, "samples", name);

        [Fact]
        public void The_weekly_team_report_counts_every_conversation_of_the_week_once()
        {
            using var session = new PowerShellSession();
            var result = session.Run($@"
                $rows = @(& '{Sample("Get-WeeklyTeamReport.ps1")}' -Sandbox -Days 7)
                $since = $rows[0].Since; $until = $rows[0].Until
                $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until)).Count
                $sum = 0; $states = 0
                foreach ($row in $rows) {{ $sum += $row.Total; $states += $row.Open + $row.Snoozed + $row.Closed }}
                [pscustomobject]@{{ Teams = $rows.Count; Sum = $sum; States = $states; Truth = $truth; Names = @($rows | ForEach-Object Team) }}").AssertNoErrors();
            var row = result.Output.Single();
            var truth = Convert.ToInt32(row.Properties["Truth"].Value);
            Assert.True(truth > 100, $"the sandbox week holds {truth} conversations");
            Assert.Equal(truth, Convert.ToInt32(row.Properties["Sum"].Value));
            Assert.Equal(truth, Convert.ToInt32(row.Properties["States"].Value));
            var names = ((object[])row.Properties["Names"].Value).Select(o => o.ToString()).ToList();
            Assert.True(names.Count >= 2, "conversations are spread over several teams");
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        [Fact]
        public void The_vip_tagging_sample_previews_with_WhatIf_then_tags_exactly_the_matching_contacts()
        {
            using var session = new PowerShellSession();
            var preview = session.Run($@"
                Connect-Intercom -Sandbox -SandboxSettings @{{ ContactCount = 1500; ConversationCount = 10 }}
                & '{Sample("Add-IntercomVipTag.ps1")}' -WhatIf
                $log = (Get-IntercomConnection).Sandbox.Log
                [pscustomobject]@{{ Writes = $log.Count('POST /contacts/{{contact_id}}/tags') + $log.Count('POST /tags') }}").AssertNoErrors();
            Assert.Equal(0L, System.Convert.ToInt64(preview.Output.Last().Properties["Writes"].Value));

            var applied = session.Run($@"
                $summary = & '{Sample("Add-IntercomVipTag.ps1")}' -TagName 'Key account'
                $sandbox = (Get-IntercomConnection).Sandbox
                $tagId = $sandbox.FindTagId('Key account')
                $matching = @(Get-IntercomContact | Where-Object {{ $_.Role -eq 'user' -and $_.CustomAttributes.plan -in 'pro', 'enterprise' -and $_.CustomAttributes.seats -ge 100 }} | ForEach-Object Id)
                $tagged = @(Get-IntercomContact | Where-Object {{ $sandbox.ContactTagIds($_.Id) -contains $tagId }} | ForEach-Object Id)
                [pscustomobject]@{{ Changed = $summary.Changed; Failed = $summary.Failed; Matching = $matching; Tagged = $tagged }}").AssertNoErrors();
            var row = applied.Output.Last();
            var matching = ((object[])row.Properties["Matching"].Value).Select(o => o.ToString()).OrderBy(i => i).ToList();
            var tagged = ((object[])row.Properties["Tagged"].Value).Select(o => o.ToString()).OrderBy(i => i).ToList();
            Assert.True(matching.Count > 20, $"{matching.Count} contacts match");
            Assert.Equal(matching, tagged);
            Assert.Equal(matching.Count, System.Convert.ToInt32(row.Properties["Changed"].Value));
            Assert.Equal(0, System.Convert.ToInt32(row.Properties["Failed"].Value));
        }
    }
}
