#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Changes in real PowerShell against the sandbox: pipeline binding by property name, -WhatIf/-Confirm, and that the
# sandbox (the server's truth) holds what the cmdlets say they did.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    function Get-ChangeRequestCount {
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -ne 'GET').Count
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Set-IntercomContact, New-IntercomContact and Remove-IntercomContact' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50; ConversationCount = 50 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'previews with -WhatIf and sends no change' {
        $sandbox.Log.Clear()
        Set-IntercomContact -Id $sandbox.ContactIdAt(0) -Name 'Preview only' -WhatIf
        Get-ChangeRequestCount | Should -Be 0
    }

    It 'returns the new value from Get-IntercomContact after Set-IntercomContact, from the updated cache' {
        $id = $sandbox.ContactIdAt(2)
        $before = Get-IntercomContact -Id $id
        $null = Get-IntercomContact -Id $id
        $updated = Set-IntercomContact -Id $id -Name 'Renamed in Pester' -Phone '+441234567' -PassThru
        $after = Get-IntercomContact -Id $id
        $before.Name | Should -Not -Be 'Renamed in Pester'
        $updated.Name | Should -Be 'Renamed in Pester'
        $after.Name | Should -Be 'Renamed in Pester'
        $after.Phone | Should -Be '+441234567'
        # One GET for the first lookup; the second and the one after Set are answered by the (updated) cache.
        $sandbox.Log.Count('GET /contacts/{contact_id}') | Should -Be 1
    }

    It 'binds piped contacts by property name (Id)' {
        Get-IntercomContact -First 3 | Set-IntercomContact -Name 'Piped rename'
        @(Get-IntercomContact -First 3 | Where-Object Name -eq 'Piped rename').Count | Should -Be 3
    }

    It 'creates contacts from objects with Email and Name properties' {
        $rows = @(
            [pscustomobject]@{ Email = 'pester.one@example.test'; Name = 'Pester One'; Role = 'user' }
            [pscustomobject]@{ Email = 'pester.two@example.test'; Name = 'Pester Two'; Role = 'lead' }
        )
        $created = @($rows | New-IntercomContact)
        $created.Count | Should -Be 2
        $sandbox.FindContactIdByEmail('pester.one@example.test') | Should -Be $created[0].Id
        (Get-IntercomContact -Id $created[1].Id).Role | Should -Be 'lead'
    }

    It 'deletes with -Confirm:$false and leaves others in place' {
        $id = $sandbox.ContactIdAt(3)
        Remove-IntercomContact -Id $id -Confirm:$false
        { Get-IntercomContact -Id $id -NoCache -ErrorAction Stop } | Should -Throw
        Get-IntercomContact -Id $sandbox.ContactIdAt(4) | Should -Not -BeNullOrEmpty
    }

    It 'asks before deleting: a non-interactive session cannot answer, so nothing is deleted' {
        $script = @"
Import-Module '$Manifest'
Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5 }
`$sandbox = (Get-IntercomConnection).Sandbox
`$id = `$sandbox.ContactIdAt(0)
try { Remove-IntercomContact -Id `$id -ErrorAction Stop; 'removed' } catch { 'prompted: ' + `$_.FullyQualifiedErrorId }
@(`$sandbox.Log.Entries | Where-Object Method -eq 'DELETE').Count
"@
        $output = Invoke-FreshPwsh $script
        $output[0] | Should -BeLike 'prompted: *'
        $output[1] | Should -Be '0'
    }

    It 'treats an id that is already gone as unchanged and deletes the rest' {
        $ids = @($sandbox.ContactIdAt(5), 'no-such-contact', $sandbox.ContactIdAt(6))
        $ids | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
            Remove-IntercomContact -Force -ErrorVariable failures -InformationVariable summary
        $failures.Count | Should -Be 0
        "$($summary[-1].MessageData)" | Should -Be 'Remove-IntercomContact: 2 changed, 1 unchanged, 0 failed.'
        $sandbox.Log.Count('DELETE /contacts/{contact_id}') | Should -Be 3
    }
}

Describe 'Merge-IntercomContact' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'previews with -WhatIf, then merges a lead into a user' {
        $user = @(Search-IntercomContact -Role user -First 1)[0]
        $lead = New-IntercomContact -Role lead -Email $user.Email -Name 'Duplicate lead'
        $sandbox.Log.Clear()
        Merge-IntercomContact -Id $lead.Id -Into $user.Id -WhatIf
        Get-ChangeRequestCount | Should -Be 0
        $merged = Merge-IntercomContact -Id $lead.Id -Into $user.Id -Force -PassThru
        $sandbox.Log.Count('POST /contacts/merge') | Should -Be 1
        $merged.Id | Should -Be $user.Id
    }
}

Describe 'Add-IntercomNote' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'adds one note per piped contact' {
        $sandbox.Log.Clear()
        Get-IntercomContact -First 3 | Add-IntercomNote -Body 'Called about the invoice' -Force
        $sandbox.Log.Count('POST /contacts/{contact_id}/notes') | Should -Be 3
    }

    It 'sends nothing with -WhatIf' {
        $sandbox.Log.Clear()
        Get-IntercomContact -First 3 | Add-IntercomNote -Body 'Preview' -WhatIf
        Get-ChangeRequestCount | Should -Be 0
    }
}

Describe 'New-IntercomTag, Add-IntercomTag, Remove-IntercomTagAssignment and Remove-IntercomTag' {
    BeforeAll {
        Connect-Intercom -Sandbox | Out-Null
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'creates a tag from the pipeline' {
        $tag = 'Pester new tag' | New-IntercomTag
        $tag.Name | Should -Be 'Pester new tag'
        $sandbox.FindTagId('Pester new tag') | Should -Be $tag.Id
    }

    It 'tags searched contacts once and reports a summary' {
        $summary = $null
        Search-IntercomContact -Role user -First 20 | Add-IntercomTag -Name 'Pester tag' -InformationVariable summary
        "$($summary[-1].MessageData)" | Should -Be 'Add-IntercomTag: 20 changed, 0 unchanged, 0 failed.'
    }

    It 'tags conversations bound by property name (Id as ConversationId)' {
        $conversations = @(Get-IntercomConversation -First 2)
        $conversations | Add-IntercomTag -Name 'Pester conversation tag'
        $tagId = $sandbox.FindTagId('Pester conversation tag')
        foreach ($conversation in $conversations) { $sandbox.ConversationTagIds($conversation.Id) | Should -Contain $tagId }
    }

    It 'keeps untagging and deleting a tag apart' {
        $id = $sandbox.ContactIdAt(1)
        Add-IntercomTag -Name 'Kept tag' -ContactId $id
        Remove-IntercomTagAssignment -Name 'Kept tag' -ContactId $id
        $sandbox.ContactTagIds($id) | Should -Not -Contain $sandbox.FindTagId('Kept tag')
        $sandbox.FindTagId('Kept tag') | Should -Not -BeNullOrEmpty
        Remove-IntercomTag -Name 'Kept tag' -Force
        $sandbox.FindTagId('Kept tag') | Should -BeNullOrEmpty
    }
}

Describe 'Send-IntercomReply, Close-IntercomConversation, Open-IntercomConversation and Set-IntercomConversation' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 100; ContactCount = 20 }
        $sandbox = (Get-IntercomConnection).Sandbox
        $open = @(Search-IntercomConversation -Query @{ field = 'state'; operator = '='; value = 'open' } -First 3)
    }

    It 'closes piped conversations and opens them again' {
        $open | Close-IntercomConversation -Force
        foreach ($conversation in $open) { $sandbox.ConversationState($conversation.Id) | Should -Be 'closed' }
        $open | Open-IntercomConversation -Force
        foreach ($conversation in $open) { $sandbox.ConversationState($conversation.Id) | Should -Be 'open' }
    }

    It 'replies once per conversation and previews with -WhatIf' {
        $sandbox.Log.Clear()
        $open | Send-IntercomReply -Body 'Preview' -WhatIf
        Get-ChangeRequestCount | Should -Be 0
        $open | Send-IntercomReply -Body 'We are on it.' -Force
        $sandbox.Log.Count('POST /conversations/{conversation_id}/reply') | Should -Be $open.Count
    }

    It 'sets the title of a piped conversation' {
        $open[0] | Set-IntercomConversation -Title 'Renamed by Pester' -Force
        (Get-IntercomConversation -Id $open[0].Id -NoCache).Title | Should -Be 'Renamed by Pester'
    }

    It 'reports an unknown conversation as a non-terminating error and closes the rest' {
        $ids = @($open[0].Id, '1', $open[1].Id)
        $ids | Close-IntercomConversation -Force -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $sandbox.ConversationState($open[1].Id) | Should -Be 'closed'
    }
}

Describe 'Bulk tagging from a search, exactly once' {
    It 'tags a thousand searched contacts once each while 10% of requests fail with 5xx' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 3000; ConversationCount = 10; Seed = 9 } -RetryDelaySec 0 -MaxRetries 8
        $sandbox = (Get-IntercomConnection).Sandbox
        $sandbox.Options.Faults.ServerErrorRate = 0.1
        # Answers that take a moment keep several taggings in flight; instant in-process answers let one finish
        # before the pipeline hands over the next contact, and the concurrency below would measure nothing.
        $sandbox.Options.Faults.LatencyPerRoute['POST /contacts/{contact_id}/tags'] = [TimeSpan]::FromMilliseconds(10)
        $searched = [System.Collections.Generic.List[string]]::new()
        Search-IntercomContact -Role user -First 1000 | ForEach-Object { $searched.Add($_.Id); $_ } |
            Add-IntercomTag -Name 'Spring campaign' -ThrottleLimit 5 -InformationVariable summary -ErrorVariable failures -ErrorAction SilentlyContinue
        $sandbox.Options.Faults.ServerErrorRate = 0
        $tagId = $sandbox.FindTagId('Spring campaign')

        $searched.Count | Should -Be 1000
        @($searched | Sort-Object -Unique).Count | Should -Be 1000
        @($searched | Where-Object { $sandbox.ContactTagIds($_) -notcontains $tagId }) | Should -BeNullOrEmpty
        # Each contact got exactly one successful tagging request: retries only resent what the server turned away.
        $applied = @($sandbox.Log.Entries | Where-Object { $_.Route -eq 'POST /contacts/{contact_id}/tags' -and $_.Status -eq 200 } | ForEach-Object Path)
        ($applied | Sort-Object) | Should -Be ($searched | ForEach-Object { "/contacts/$_/tags" } | Sort-Object)
        ($sandbox.Log.CountStatus(500) + $sandbox.Log.CountStatus(502) + $sandbox.Log.CountStatus(503)) | Should -BeGreaterThan 50 -Because 'the fault injection should have hit some requests'
        $failures.Count | Should -Be 0
        # -ThrottleLimit 5 changes at once, plus at most one search page being read alongside them.
        $sandbox.Log.MaxConcurrency | Should -BeIn (2..6)
        ($summary | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Add-IntercomTag: 1000 changed, 0 unchanged, 0 failed.'
    }

    It 'reports a contact deleted mid-way as the one failure and tags the rest' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 3000; ConversationCount = 10; Seed = 9; ServerErrorRate = 0.1 } -RetryDelaySec 0 -MaxRetries 8
        $sandbox = (Get-IntercomConnection).Sandbox
        $searched = [System.Collections.Generic.List[string]]::new()
        $script:victim = $null
        Search-IntercomContact -Role user -First 1000 | ForEach-Object {
                $searched.Add($_.Id)
                # Gone from the workspace after the search page was read, before its tagging.
                if ($searched.Count -eq 500) { $script:victim = $_.Id; $null = $sandbox.DeleteContact($_.Id) }
                $_
            } | Add-IntercomTag -Name 'Spring campaign' -InformationVariable summary -ErrorVariable failures -ErrorAction SilentlyContinue
        $tagId = $sandbox.FindTagId('Spring campaign')

        @($searched | Where-Object { $sandbox.ContactTagIds($_) -notcontains $tagId }) | Should -Be @($script:victim)
        @($failures | ForEach-Object { [string]$_.TargetObject }) | Should -Be @($script:victim)
        @($failures | ForEach-Object { [string]$_.CategoryInfo.Category }) | Should -Be @('ObjectNotFound')
        ($summary | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Add-IntercomTag: 999 changed, 0 unchanged, 1 failed.'
    }
}

Describe 'Changes against a seeded workspace' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 300; ConversationCount = 300; Seed = 5 } -RetryDelaySec 0
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'evicts a cached contact on tagging, and archives and unarchives it' {
        $id = $sandbox.ContactIdAt(4)
        $null = Get-IntercomContact -Id $id
        Add-IntercomTag -Name 'Fresh tag' -ContactId $id
        @((Get-IntercomContact -Id $id).Tags | ForEach-Object Id) | Should -Contain $sandbox.FindTagId('Fresh tag')
        Set-IntercomContact -Id $id -Archived $true
        $sandbox.ContactArchived($id) | Should -BeTrue
        Set-IntercomContact -Id $id -Archived $false
        $sandbox.ContactArchived($id) | Should -BeFalse
    }

    It 'counts a repeated tagging or closing as unchanged, and sends no second close' {
        $contact = $sandbox.ContactIdAt(5)
        $conversation = $sandbox.ConversationIdAt(5)
        Add-IntercomTag -Name 'Twice' -ContactId $contact
        Add-IntercomTag -Name 'Twice' -ContactId $contact
        Close-IntercomConversation -Id $conversation -Force
        Close-IntercomConversation -Id $conversation -Force -InformationVariable closeAgain
        $partsBefore = $sandbox.Log.Count('POST /conversations/{conversation_id}/parts')
        Close-IntercomConversation -Id $conversation -Force

        ($closeAgain | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Close-IntercomConversation: 0 changed, 1 unchanged, 0 failed.'
        $sandbox.ConversationState($conversation) | Should -Be 'closed'
        $sandbox.Log.Count('POST /conversations/{conversation_id}/parts') - $partsBefore | Should -Be 0
        @($sandbox.ContactTagIds($contact) | Where-Object { $_ -eq $sandbox.FindTagId('Twice') }).Count | Should -Be 1
    }

    It 'reports the contacts of a rerun tagging pipeline unchanged' {
        $ids = @(0..2 | ForEach-Object { $sandbox.ContactIdAt($_ + 10) })
        $ids | ForEach-Object { [pscustomobject]@{ ContactId = $_ } } | Add-IntercomTag -Name 'Rerun' -InformationVariable first
        # Intercom's applied_at has whole seconds; the rule leaves a few seconds' allowance.
        Start-Sleep -Milliseconds 6500
        $ids | ForEach-Object { [pscustomobject]@{ ContactId = $_ } } | Add-IntercomTag -Name 'Rerun' -InformationVariable second

        ($first | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Add-IntercomTag: 3 changed, 0 unchanged, 0 failed.'
        ($second | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Add-IntercomTag: 0 changed, 3 unchanged, 0 failed.'
    }

    It 'reports a tag applied months earlier unchanged' {
        # Generated contacts carry tags applied months before "now": add the same tag again.
        $first = @(Get-IntercomContact -First 300 | Where-Object { @($_.Tags).Count -gt 0 })[0]
        Add-IntercomTag -TagId @($first.Tags)[0].Id -ContactId $first.Id -InformationVariable summary
        ($summary | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Add-IntercomTag: 0 changed, 1 unchanged, 0 failed.'
    }

    It 'replies to, notes, closes, opens, assigns, snoozes and tags conversations, writing them in input order' {
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
        $notes = @((Get-IntercomConversation -Id $ids[0]).Parts | Where-Object PartType -eq 'note')

        @($replied | ForEach-Object Id) | Should -Be $ids
        @($replied[0].Parts)[-1].Body | Should -BeLike '*We are on it*'
        $notes.Count - $notesBefore | Should -Be 1
        $notes[-1].Body | Should -BeLike '*internal only*'
        $closed | ForEach-Object { $_.State | Should -Be 'closed' }
        $opened[0].State | Should -Be 'open'
        $assigned.AdminAssigneeId | Should -Be $admin
        $assigned.TeamAssigneeId | Should -Be $team
        $assigned.Title | Should -Be 'Billing question'
        $snoozed.State | Should -Be 'snoozed'
        @($tagged | ForEach-Object Id) | Should -Be $ids
        @($ids | Where-Object { $sandbox.ConversationTagIds($_) -contains $billing }) | Should -Be @($ids | Where-Object { $_ -ne $ids[3] })
        ($untagAgain | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'Remove-IntercomTagAssignment: 0 changed, 1 unchanged, 0 failed.'
    }

    It 'creates a user and a lead, notes the user, merges the lead into it and untags it' {
        $user = New-IntercomContact -Email 'grace@example.com' -Name 'Grace Hopper'
        $lead = New-IntercomContact -Role lead -Email 'grace@example.com' -Name 'Grace (lead)'
        $note = Add-IntercomNote -ContactId $user.Id -Body 'Prefers email' -PassThru
        Add-IntercomTag -Name 'Pioneer' -ContactId $lead.Id
        $merged = Merge-IntercomContact -Id $lead.Id -Into $user.Id -Force -PassThru
        $pioneer = $sandbox.FindTagId('Pioneer')

        $user.Role | Should -Be 'user'
        $lead.Role | Should -Be 'lead'
        $note.Body | Should -BeLike '*Prefers email*'
        $note.Contact.Id | Should -Be $user.Id
        $merged.Id | Should -Be $user.Id
        $sandbox.ContactTagIds($user.Id) | Should -Contain $pioneer
        Remove-IntercomTagAssignment -Name 'Pioneer' -ContactId $user.Id
        $sandbox.ContactTagIds($user.Id) | Should -Not -Contain $pioneer
        $sandbox.FindContactIdByEmail('grace@example.com') | Should -Be $user.Id
    }

    It 'tags and untags piped companies by their company id' {
        $companies = @(Get-IntercomCompany -Id $sandbox.CompanyIds[0], $sandbox.CompanyIds[1])
        $companies | Add-IntercomTag -Name 'Enterprise'
        $enterprise = $sandbox.FindTagId('Enterprise')
        @($sandbox.CompanyIds[0], $sandbox.CompanyIds[1] | Where-Object { $sandbox.CompanyTagIds($_) -contains $enterprise }).Count | Should -Be 2
        $companies[0] | Remove-IntercomTagAssignment -Name 'Enterprise'
        @($sandbox.CompanyIds[0], $sandbox.CompanyIds[1] | Where-Object { $sandbox.CompanyTagIds($_) -contains $enterprise }) | Should -Be @($sandbox.CompanyIds[1])
    }

    It 'deletes a tag only through Remove-IntercomTag by tag: piped contacts bind nothing' {
        $tag = New-IntercomTag -Name 'Doomed'
        $id = $sandbox.ContactIdAt(7)
        Add-IntercomTag -TagId $tag.Id -ContactId $id
        # A contact has no TagId: piping contacts to Remove-IntercomTag binds nothing and deletes nothing.
        Get-IntercomContact -Id $id | Remove-IntercomTag -Force -ErrorVariable bindErrors -ErrorAction SilentlyContinue
        $bindErrors.Count | Should -BeGreaterThan 0
        $sandbox.FindTagId('Doomed') | Should -Not -BeNullOrEmpty
        $null = New-IntercomTag -Name 'Doomed' -InformationVariable created
        ($created | ForEach-Object { "$($_.MessageData)" }) -join ';' | Should -Be 'New-IntercomTag: 0 changed, 1 unchanged, 0 failed.'
        Get-IntercomTag -Id $tag.Id | Remove-IntercomTag -Force
        $sandbox.FindTagId('Doomed') | Should -BeNullOrEmpty
        $sandbox.Log.Count('DELETE /tags/{tag_id}') | Should -Be 1
    }
}
