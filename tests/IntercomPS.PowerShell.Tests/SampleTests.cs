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
    }
}
