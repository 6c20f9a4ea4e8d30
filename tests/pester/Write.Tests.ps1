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

    It 'returns the new value from Get-IntercomContact after Set-IntercomContact' {
        $id = $sandbox.ContactIdAt(2)
        $null = Get-IntercomContact -Id $id
        Set-IntercomContact -Id $id -Name 'Renamed in Pester'
        (Get-IntercomContact -Id $id).Name | Should -Be 'Renamed in Pester'
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
