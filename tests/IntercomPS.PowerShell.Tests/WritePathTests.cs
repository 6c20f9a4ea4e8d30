using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 7's "done when": previewable, confirmable, exactly-once changes from pipelines, against the sandbox.
    /// Kept in xunit for the -Confirm cases, which answer each prompt (Yes, No, Yes to All) through the test host;
    /// the pipeline binding, -WhatIf and error behaviour users see is specified in tests/pester/Write.Tests.ps1.
    /// </summary>
    public class WritePathTests
    {
        private const string Connect = "Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 300; ConversationCount = 300; Seed = 5 } -RetryDelaySec 0";

        private static string[] Strings(PSObject row, string name) =>
            ((object[])row.Properties[name].Value).Select(o => o?.ToString() ?? string.Empty).ToArray();

        private static string Text(PSObject row, string name) => row.Properties[name].Value?.ToString() ?? string.Empty;

        private static PowerShellSession Connected(string connect = Connect)
        {
            var session = new PowerShellSession();
            session.Run(connect + "\n$sandbox = (Get-IntercomConnection).Sandbox").AssertNoErrors();
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
        public void Tagging_a_thousand_searched_contacts_under_5xx_tags_each_exactly_once()
        {
            using var session = Connected("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 3000; ConversationCount = 10; Seed = 9 } -RetryDelaySec 0 -MaxRetries 8");
            var result = session.Run(@"
                $sandbox.Options.Faults.ServerErrorRate = 0.1
                $searched = [System.Collections.Generic.List[string]]::new()
                Search-IntercomContact -Role user -First 1000 | ForEach-Object { $searched.Add($_.Id); $_ } |
                    Add-IntercomTag -Name 'Spring campaign' -ThrottleLimit 5 -InformationVariable summary -ErrorVariable failures -ErrorAction SilentlyContinue
                $sandbox.Options.Faults.ServerErrorRate = 0
                $tagId = $sandbox.FindTagId('Spring campaign')
                [pscustomobject]@{
                    Searched = @($searched)
                    Tagged = @($searched | Where-Object { $sandbox.ContactTagIds($_) -contains $tagId })
                    Applied = @($sandbox.Log.Entries | Where-Object { $_.Route -eq 'POST /contacts/{contact_id}/tags' -and $_.Status -eq 200 } | ForEach-Object Path)
                    ServerErrors = $sandbox.Log.CountStatus(500) + $sandbox.Log.CountStatus(502) + $sandbox.Log.CountStatus(503)
                    Peak = $sandbox.Log.MaxConcurrency
                    Failures = @($failures).Count
                    Summary = ($summary | ForEach-Object { $_.MessageData }) -join ';'
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            var searched = Strings(row, "Searched");
            Assert.Equal(1000, searched.Length);
            Assert.Equal(1000, searched.Distinct().Count());
            Assert.Equal(searched.OrderBy(i => i), Strings(row, "Tagged").OrderBy(i => i));
            var applied = Strings(row, "Applied");
            // Each contact got exactly one successful tagging request: retries only resent what the server turned away.
            Assert.Equal(searched.Select(id => "/contacts/" + id + "/tags").OrderBy(p => p, StringComparer.Ordinal), applied.OrderBy(p => p, StringComparer.Ordinal));
            Assert.True(Convert.ToInt32(row.Properties["ServerErrors"].Value) > 50, "the fault injection should have hit some requests");
            Assert.Equal(0, Convert.ToInt32(row.Properties["Failures"].Value));
            // -ThrottleLimit 5 changes at once, plus at most one search page being read alongside them.
            Assert.InRange(Convert.ToInt32(row.Properties["Peak"].Value), 2, 6);
            Assert.Equal("Add-IntercomTag: 1000 changed, 0 unchanged, 0 failed.", Text(row, "Summary"));
        }

        [Fact]
        public void A_contact_deleted_mid_way_is_the_one_failure_and_the_rest_are_tagged()
        {
            using var session = Connected("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 3000; ConversationCount = 10; Seed = 9; ServerErrorRate = 0.1 } -RetryDelaySec 0 -MaxRetries 8");
            var result = session.Run(@"
                $searched = [System.Collections.Generic.List[string]]::new()
                $victim = $null
                Search-IntercomContact -Role user -First 1000 | ForEach-Object {
                        $searched.Add($_.Id)
                        # Gone from the workspace after the search page was read, before its tagging.
                        if ($searched.Count -eq 500) { $script:victim = $_.Id; $null = $sandbox.DeleteContact($_.Id) }
                        $_
                    } | Add-IntercomTag -Name 'Spring campaign' -InformationVariable summary -ErrorVariable failures -ErrorAction SilentlyContinue
                $tagId = $sandbox.FindTagId('Spring campaign')
                [pscustomobject]@{
                    Victim = $script:victim
                    Untagged = @($searched | Where-Object { $sandbox.ContactTagIds($_) -notcontains $tagId })
                    Targets = @($failures | ForEach-Object { [string]$_.TargetObject })
                    Categories = @($failures | ForEach-Object { [string]$_.CategoryInfo.Category })
                    Summary = ($summary | ForEach-Object { $_.MessageData }) -join ';'
                }");
            Assert.Null(result.Terminating);
            var row = result.Output.Single();
            var victim = Text(row, "Victim");
            Assert.Equal(new[] { victim }, Strings(row, "Untagged"));
            Assert.Equal(new[] { victim }, Strings(row, "Targets"));
            Assert.Equal(new[] { "ObjectNotFound" }, Strings(row, "Categories"));
            Assert.Equal("Add-IntercomTag: 999 changed, 0 unchanged, 1 failed.", Text(row, "Summary"));
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

        [Fact]
        public void Get_after_Set_returns_the_new_value_even_from_the_cache()
        {
            using var session = Connected();
            var result = session.Run(@"
                $id = $sandbox.ContactIdAt(3)
                $before = Get-IntercomContact -Id $id
                $cachedBefore = Get-IntercomContact -Id $id
                $updated = Set-IntercomContact -Id $id -Name 'Ada Lovelace' -Phone '+441234567' -PassThru
                $after = Get-IntercomContact -Id $id
                [pscustomobject]@{ Before = $before.Name; Updated = $updated.Name; After = $after.Name; Phone = $after.Phone; Gets = $sandbox.Log.Count('GET /contacts/{contact_id}') }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            Assert.NotEqual("Ada Lovelace", Text(row, "Before"));
            Assert.Equal("Ada Lovelace", Text(row, "Updated"));
            Assert.Equal("Ada Lovelace", Text(row, "After"));
            Assert.Equal("+441234567", Text(row, "Phone"));
            // One GET for the first lookup; the second and the one after Set are answered by the (updated) cache.
            Assert.Equal("1", Text(row, "Gets"));
        }

        [Fact]
        public void Tag_changes_evict_the_cached_contact_and_archive_round_trips()
        {
            using var session = Connected();
            var result = session.Run(@"
                $id = $sandbox.ContactIdAt(4)
                $null = Get-IntercomContact -Id $id
                Add-IntercomTag -Name 'Fresh tag' -ContactId $id
                $tagged = Get-IntercomContact -Id $id
                Set-IntercomContact -Id $id -Archived $true
                $archived = $sandbox.ContactArchived($id)
                Set-IntercomContact -Id $id -Archived $false
                $unarchived = $sandbox.ContactArchived($id)
                [pscustomobject]@{
                    Tags = @($tagged.Tags | ForEach-Object Id)
                    FreshTag = $sandbox.FindTagId('Fresh tag')
                    Archived = $archived
                    Unarchived = $unarchived
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            Assert.Contains(Text(row, "FreshTag"), Strings(row, "Tags"));
            Assert.Equal("True", Text(row, "Archived"));
            Assert.Equal("False", Text(row, "Unarchived"));
        }

        [Fact]
        public void Repeated_changes_count_as_unchanged()
        {
            using var session = Connected();
            var result = session.Run(@"
                $contact = $sandbox.ContactIdAt(5)
                $conversation = $sandbox.ConversationIdAt(5)
                Add-IntercomTag -Name 'Twice' -ContactId $contact
                Add-IntercomTag -Name 'Twice' -ContactId $contact
                Close-IntercomConversation -Id $conversation -Force
                Close-IntercomConversation -Id $conversation -Force -InformationVariable closeAgain
                $partsBefore = $sandbox.Log.Count('POST /conversations/{conversation_id}/parts')
                Close-IntercomConversation -Id $conversation -Force
                [pscustomobject]@{
                    Close = ($closeAgain | ForEach-Object MessageData) -join ';'
                    State = $sandbox.ConversationState($conversation)
                    PartsPosted = $sandbox.Log.Count('POST /conversations/{conversation_id}/parts') - $partsBefore
                    Tags = @($sandbox.ContactTagIds($contact) | Where-Object { $_ -eq $sandbox.FindTagId('Twice') }).Count
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            Assert.Equal("Close-IntercomConversation: 0 changed, 1 unchanged, 0 failed.", Text(row, "Close"));
            Assert.Equal("closed", Text(row, "State"));
            Assert.Equal("0", Text(row, "PartsPosted"));
            Assert.Equal("1", Text(row, "Tags"));
        }

        [Fact]
        public void Rerunning_a_tagging_pipeline_reports_the_contacts_unchanged()
        {
            using var session = Connected();
            var result = session.Run(@"
                $ids = @(0..2 | ForEach-Object { $sandbox.ContactIdAt($_ + 10) })
                $ids | ForEach-Object { [pscustomobject]@{ ContactId = $_ } } | Add-IntercomTag -Name 'Rerun' -InformationVariable first
                # Intercom's applied_at has whole seconds; the rule leaves a few seconds' allowance.
                [System.Threading.Thread]::Sleep(6500)
                $ids | ForEach-Object { [pscustomobject]@{ ContactId = $_ } } | Add-IntercomTag -Name 'Rerun' -InformationVariable second
                ($first | ForEach-Object MessageData) -join ';'
                ($second | ForEach-Object MessageData) -join ';'");
            result.AssertNoErrors();
            Assert.Equal("Add-IntercomTag: 3 changed, 0 unchanged, 0 failed.", result.Output[0].ToString());
            Assert.Equal("Add-IntercomTag: 0 changed, 3 unchanged, 0 failed.", result.Output[1].ToString());
        }

        [Fact]
        public void A_tag_applied_earlier_is_reported_unchanged()
        {
            using var session = Connected();
            // Generated contacts carry tags applied months before "now": find one and add the same tag again.
            var result = session.Run(@"
                $first = @(Get-IntercomContact -First 300 | Where-Object { @($_.Tags).Count -gt 0 })[0]
                $tagId = @($first.Tags)[0].Id
                Add-IntercomTag -TagId $tagId -ContactId $first.Id -InformationVariable summary
                ($summary | ForEach-Object MessageData) -join ';'");
            result.AssertNoErrors();
            Assert.Equal("Add-IntercomTag: 0 changed, 1 unchanged, 0 failed.", result.Output.Single().ToString());
        }

        [Fact]
        public void Conversations_are_replied_to_noted_closed_opened_assigned_and_tagged_in_input_order()
        {
            using var session = Connected();
            var result = session.Run(@"
                $ids = @(0..5 | ForEach-Object { $sandbox.ConversationIdAt($_) })
                $replied = @($ids | ForEach-Object { [pscustomobject]@{ ConversationId = $_ } } | Send-IntercomReply -Body 'We are on it' -PassThru -ThrottleLimit 3)
                $notesBefore = @((Get-IntercomConversation -Id $ids[0]).Parts | Where-Object PartType -eq 'note').Count
                $null = $ids[0] | Send-IntercomReply -Body 'internal only' -Note
                $closed = @($ids | Close-IntercomConversation -Force -PassThru)
                $opened = @(Open-IntercomConversation -Id $ids[0] -PassThru)
                $admin = $sandbox.AdminIds[1]; $team = $sandbox.TeamIds[0]
                $assigned = Set-IntercomConversation -Id $ids[1] -AssigneeAdminId $admin -AssigneeTeamId $team -Title 'Billing question' -PassThru
                $snoozed = Set-IntercomConversation -Id $ids[2] -SnoozeUntil ([DateTimeOffset]::UtcNow.AddDays(2)) -PassThru
                $tagged = @($ids | ForEach-Object { [pscustomobject]@{ ConversationId = $_ } } | Add-IntercomTag -Name 'Billing' -PassThru)
                Remove-IntercomTagAssignment -Name 'Billing' -ConversationId $ids[3]
                Remove-IntercomTagAssignment -Name 'Billing' -ConversationId $ids[3] -InformationVariable untagAgain
                $billing = $sandbox.FindTagId('Billing')
                [pscustomobject]@{
                    Ids = $ids
                    Replied = @($replied | ForEach-Object Id)
                    LastPart = @($replied[0].Parts)[-1].Body
                    NotePart = @((Get-IntercomConversation -Id $ids[0]).Parts | Where-Object PartType -eq 'note').Count - $notesBefore
                    NoteBody = @((Get-IntercomConversation -Id $ids[0]).Parts | Where-Object PartType -eq 'note')[-1].Body
                    Closed = @($closed | ForEach-Object State)
                    Opened = $opened[0].State
                    Admin = $assigned.AdminAssigneeId; Team = $assigned.TeamAssigneeId; Title = $assigned.Title
                    WantedAdmin = $admin; WantedTeam = $team
                    Snoozed = $snoozed.State
                    Tagged = @($tagged | ForEach-Object Id)
                    TagTruth = @($ids | Where-Object { $sandbox.ConversationTagIds($_) -contains $billing })
                    UntagAgain = ($untagAgain | ForEach-Object MessageData) -join ';'
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            var ids = Strings(row, "Ids");
            Assert.Equal(ids, Strings(row, "Replied"));
            Assert.Contains("We are on it", Text(row, "LastPart"));
            Assert.Equal("1", Text(row, "NotePart"));
            Assert.Contains("internal only", Text(row, "NoteBody"));
            Assert.All(Strings(row, "Closed"), s => Assert.Equal("closed", s));
            Assert.Equal("open", Text(row, "Opened"));
            Assert.Equal(Text(row, "WantedAdmin"), Text(row, "Admin"));
            Assert.Equal(Text(row, "WantedTeam"), Text(row, "Team"));
            Assert.Equal("Billing question", Text(row, "Title"));
            Assert.Equal("snoozed", Text(row, "Snoozed"));
            Assert.Equal(ids, Strings(row, "Tagged"));
            Assert.Equal(ids.Where((_, i) => i != 3), Strings(row, "TagTruth"));
            Assert.Equal("Remove-IntercomTagAssignment: 0 changed, 1 unchanged, 0 failed.", Text(row, "UntagAgain"));
        }

        [Fact]
        public void Contacts_are_created_noted_merged_and_untagged()
        {
            using var session = Connected();
            var result = session.Run(@"
                $user = New-IntercomContact -Email 'grace@example.com' -Name 'Grace Hopper'
                $lead = New-IntercomContact -Role lead -Email 'grace@example.com' -Name 'Grace (lead)'
                $note = Add-IntercomNote -ContactId $user.Id -Body 'Prefers email' -PassThru
                Add-IntercomTag -Name 'Pioneer' -ContactId $lead.Id
                $merged = Merge-IntercomContact -Id $lead.Id -Into $user.Id -Force -PassThru
                $pioneer = $sandbox.FindTagId('Pioneer')
                $taggedAfterMerge = $sandbox.ContactTagIds($user.Id) -contains $pioneer
                Remove-IntercomTagAssignment -Name 'Pioneer' -ContactId $user.Id
                [pscustomobject]@{
                    User = $user.Id; Role = $user.Role; LeadRole = $lead.Role
                    NoteBody = $note.Body; NoteContact = $note.Contact.Id
                    Merged = $merged.Id; TaggedAfterMerge = $taggedAfterMerge
                    TaggedAfterUntag = $sandbox.ContactTagIds($user.Id) -contains $pioneer
                    Found = $sandbox.FindContactIdByEmail('grace@example.com')
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            Assert.Equal("user", Text(row, "Role"));
            Assert.Equal("lead", Text(row, "LeadRole"));
            Assert.Contains("Prefers email", Text(row, "NoteBody"));
            Assert.Equal(Text(row, "User"), Text(row, "NoteContact"));
            Assert.Equal(Text(row, "User"), Text(row, "Merged"));
            Assert.Equal("True", Text(row, "TaggedAfterMerge"));
            Assert.Equal("False", Text(row, "TaggedAfterUntag"));
            Assert.Equal(Text(row, "User"), Text(row, "Found"));
        }

        [Fact]
        public void Companies_are_tagged_and_untagged_by_their_company_id()
        {
            using var session = Connected();
            var result = session.Run(@"
                $companies = @(Get-IntercomCompany -Id $sandbox.CompanyIds[0], $sandbox.CompanyIds[1])
                $companies | Add-IntercomTag -Name 'Enterprise'
                $enterprise = $sandbox.FindTagId('Enterprise')
                $tagged = @($sandbox.CompanyIds[0], $sandbox.CompanyIds[1] | Where-Object { $sandbox.CompanyTagIds($_) -contains $enterprise })
                $companies[0] | Remove-IntercomTagAssignment -Name 'Enterprise'
                [pscustomobject]@{
                    Tagged = $tagged
                    After = @($sandbox.CompanyIds[0], $sandbox.CompanyIds[1] | Where-Object { $sandbox.CompanyTagIds($_) -contains $enterprise })
                    Second = $sandbox.CompanyIds[1]
                }");
            result.AssertNoErrors();
            var row = result.Output.Single();
            Assert.Equal(2, Strings(row, "Tagged").Length);
            Assert.Equal(new[] { Text(row, "Second") }, Strings(row, "After"));
        }

        [Fact]
        public void Deleting_a_tag_is_a_separate_cmdlet_that_piped_contacts_cannot_reach()
        {
            using var session = Connected();
            var result = session.Run(@"
                $tag = New-IntercomTag -Name 'Doomed'
                $id = $sandbox.ContactIdAt(7)
                Add-IntercomTag -TagId $tag.Id -ContactId $id
                # A contact has no TagId: piping contacts to Remove-IntercomTag binds nothing and deletes nothing.
                Get-IntercomContact -Id $id | Remove-IntercomTag -Force -ErrorVariable bindErrors -ErrorAction SilentlyContinue
                $stillThere = $sandbox.FindTagId('Doomed')
                $again = New-IntercomTag -Name 'Doomed' -InformationVariable created
                Get-IntercomTag -Id $tag.Id | Remove-IntercomTag -Force
                [pscustomobject]@{
                    BindErrors = @($bindErrors).Count
                    StillThere = $stillThere
                    Created = ($created | ForEach-Object MessageData) -join ';'
                    Gone = $null -eq $sandbox.FindTagId('Doomed')
                    Deletes = $sandbox.Log.Count('DELETE /tags/{tag_id}')
                }");
            Assert.Null(result.Terminating);
            var row = result.Output.Single();
            Assert.True(Convert.ToInt32(row.Properties["BindErrors"].Value) > 0);
            Assert.NotEqual(string.Empty, Text(row, "StillThere"));
            Assert.Equal("New-IntercomTag: 0 changed, 1 unchanged, 0 failed.", Text(row, "Created"));
            Assert.Equal("True", Text(row, "Gone"));
            Assert.Equal("1", Text(row, "Deletes"));
        }
    }
}
