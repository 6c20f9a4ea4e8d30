using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 7: what only a test host can see of the change cmdlets. The "What if:" lines and the confirmation prompts
    /// go to the host's UI, not to a stream a script can capture, so here the host records each line and answers each
    /// prompt (No, then Yes). Everything else about changes (pipeline binding, exactly-once bulk changes, summaries,
    /// errors, what the sandbox holds afterwards) is specified in tests/pester/Write.Tests.ps1.
    /// </summary>
    public class WritePathTests
    {
        private const string Connect = "Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 300; ConversationCount = 300; Seed = 5 } -RetryDelaySec 0";

        private static PowerShellSession Connected()
        {
            var session = new PowerShellSession();
            session.Run(Connect + "\n$sandbox = (Get-IntercomConnection).Sandbox").AssertNoErrors();
            return session;
        }

        private static int WriteRequests(PowerShellSession session) =>
            Convert.ToInt32(session.Run("@($sandbox.Log.Entries | Where-Object Method -ne 'GET' | Where-Object Route -notlike '*/search').Count").Output.Single().BaseObject);

        public static IEnumerable<object[]> ChangeCommands() => new[]
        {
            new object[] { "Set-IntercomContact -Id $contact -Name 'Renamed' -WhatIf", "contact" },
            new object[] { "Set-IntercomContact -Id $contact -Archived $true -WhatIf", "contact" },
            new object[] { "New-IntercomContact -Email 'new.person@example.com' -Name 'New Person' -WhatIf", "new.person@example.com" },
            new object[] { "Remove-IntercomContact -Id $contact -WhatIf", "contact" },
            new object[] { "Remove-IntercomContact -Id $contact -Force -WhatIf", "contact" },
            new object[] { "Merge-IntercomContact -Id $contact -Into $other -WhatIf", "contact" },
            new object[] { "Add-IntercomNote -ContactId $contact -Body 'Called about billing' -WhatIf", "contact" },
            new object[] { "New-IntercomTag -Name 'Brand new tag' -WhatIf", "Brand new tag" },
            new object[] { "Remove-IntercomTag -TagId $tag -WhatIf", "tag" },
            new object[] { "Remove-IntercomTag -Name 'Some tag' -WhatIf", "Some tag" },
            new object[] { "Get-IntercomContact -Id $contact | Add-IntercomTag -Name 'VIP' -WhatIf", "contact" },
            new object[] { "Remove-IntercomTagAssignment -TagId $tag -ContactId $contact -WhatIf", "contact" },
            new object[] { "Add-IntercomTag -TagId $tag -ConversationId $conversation -WhatIf", "conversation" },
            new object[] { "Add-IntercomTag -Name 'Enterprise' -CompanyId 'any-company' -WhatIf", "any-company" },
            new object[] { "Send-IntercomReply -Id $conversation -Body 'Thanks, fixed.' -WhatIf", "conversation" },
            new object[] { "Send-IntercomReply -Id $conversation -Body 'Escalated' -Note -WhatIf", "conversation" },
            new object[] { "Close-IntercomConversation -Id $conversation -WhatIf", "conversation" },
            new object[] { "Open-IntercomConversation -Id $conversation -WhatIf", "conversation" },
            new object[] { "Set-IntercomConversation -Id $conversation -AssigneeAdminId $sandbox.AdminIds[1] -WhatIf", "conversation" },
        };

        [Theory]
        [MemberData(nameof(ChangeCommands))]
        public void WhatIf_sends_no_change_and_names_the_target(string command, string targetWord)
        {
            using var session = Connected();
            session.Run("$contact = $sandbox.ContactIdAt(0); $other = $sandbox.ContactIdAt(1); $conversation = $sandbox.ConversationIdAt(0); $tag = $sandbox.TagIds[0]; $sandbox.Log.Clear()").AssertNoErrors();
            session.TakeHostOutput();
            var result = session.Run(command);
            result.AssertNoErrors();
            Assert.Empty(result.Output);
            Assert.Equal(0, WriteRequests(session));
            var printed = session.TakeHostOutput();
            Assert.Contains("What if:", printed);
            Assert.Contains(targetWord, printed);
            var ids = session.Run("$contact; $conversation; $tag").Output.Select(o => o.ToString()).ToArray();
            if (command.Contains("$contact")) Assert.Contains(ids[0], printed);
            if (command.Contains("$conversation")) Assert.Contains(ids[1], printed);
            if (command.Contains("-TagId $tag") && !command.Contains("Assignment") && !command.Contains("-ConversationId")) Assert.Contains(ids[2], printed);
        }

        [Fact]
        public void Remove_IntercomContact_asks_first_and_not_with_Force()
        {
            using var session = Connected();
            var ids = session.Run("$sandbox.ContactIdAt(0); $sandbox.ContactIdAt(1)").Output.Select(o => o.ToString()).ToArray();
            var answers = new List<string>();
            session.Host.AnswerChoice = (caption, message, labels) =>
            {
                answers.Add(message);
                return labels.ToList().FindIndex(l => l.Replace("&", "") == "No");
            };

            session.Run($"Remove-IntercomContact -Id '{ids[0]}'").AssertNoErrors();
            Assert.Single(session.Host.PromptsShown);
            Assert.Contains(ids[0], session.Host.PromptsShown[0]);
            Assert.Contains(ids[0], session.Run($"$sandbox.ContactCount; $sandbox.ContactIdAt(0)").Output[1].ToString());

            session.Host.AnswerChoice = (caption, message, labels) => labels.ToList().FindIndex(l => l.Replace("&", "") == "Yes");
            session.Run($"Remove-IntercomContact -Id '{ids[0]}'").AssertNoErrors();
            Assert.Equal(2, session.Host.PromptsShown.Count);
            Assert.Equal("False", session.Run($"$sandbox.DeleteContact('{ids[0]}')").Output.Single().ToString());

            session.Host.AnswerChoice = null;
            var forced = session.Run($"Remove-IntercomContact -Id '{ids[1]}' -Force -InformationVariable summary; ($summary | ForEach-Object MessageData) -join ';'");
            forced.AssertNoErrors();
            Assert.Equal(2, session.Host.PromptsShown.Count);
            Assert.Equal("Remove-IntercomContact: 1 changed, 0 unchanged, 0 failed.", forced.Output.Single().ToString());
            Assert.Equal("False", session.Run($"$sandbox.DeleteContact('{ids[1]}')").Output.Single().ToString());

            // Already gone: unchanged, not failed.
            var again = session.Run($"Remove-IntercomContact -Id '{ids[1]}' -Force -InformationVariable summary; ($summary | ForEach-Object MessageData) -join ';'");
            again.AssertNoErrors();
            Assert.Equal("Remove-IntercomContact: 0 changed, 1 unchanged, 0 failed.", again.Output.Single().ToString());
        }
    }
}
