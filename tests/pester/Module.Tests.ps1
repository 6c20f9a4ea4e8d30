#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# User-level tests in real PowerShell (pwsh 7.6 from .config/dotnet-tools.json; Pester 5.7.1 from tools/Pester).

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Module manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $manifest -ErrorAction Stop } | Should -Not -Throw
    }

    It 'declares both editions' {
        (Test-ModuleManifest -Path $manifest).CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }
}

Describe 'Connect-Intercom -Sandbox' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'returns the connection without the token' {
        $connection = Get-IntercomConnection
        $connection.Region | Should -Be 'Sandbox'
        $connection.PSObject.Properties.Name | Should -Not -Contain 'AccessToken'
        ($connection | Format-List * | Out-String) | Should -Not -Match 'Bearer'
    }

    It 'lists admins with their type name' {
        $admins = @(Get-IntercomAdmin)
        $admins.Count | Should -BeGreaterThan 0
        $admins[0].PSObject.TypeNames | Should -Contain 'IntercomPS.Admin'
    }

    It 'reports a missing admin id as a non-terminating error and continues' {
        $first = (Get-IntercomAdmin)[0].Id
        $found = @(@('no-such-admin', $first) | Get-IntercomAdmin -ErrorVariable failures -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Streaming conversations' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 3000; ContactCount = 300 } }

    It 'fetches a chunked range exactly once each, in any window order' {
        $since = [DateTimeOffset]::UtcNow.AddDays(-20)
        $until = [DateTimeOffset]::UtcNow.AddDays(-5)
        $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 | ForEach-Object Id)
        $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until))
        $ids.Count | Should -Be $truth.Count
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
        Compare-Object ($ids | Sort-Object) ($truth | Sort-Object) | Should -BeNullOrEmpty
    }

    It 'stops requesting pages once -First is satisfied' {
        (Get-IntercomConnection).Sandbox.Log.Clear()
        @(Get-IntercomConversation -First 5).Count | Should -Be 5
        (Get-IntercomConnection).Sandbox.Log.Count('GET /conversations') | Should -Be 1
    }

    It 'rejects an invalid query before any request' {
        (Get-IntercomConnection).Sandbox.Log.Clear()
        { Search-IntercomConversation -Query @{ field = 'state'; operator = 'LIKE'; value = 'open' } -ErrorAction Stop } | Should -Throw '*operator*'
        (Get-IntercomConnection).Sandbox.Log.TotalCount | Should -Be 0
    }
}

Describe 'Session cache and enrichment' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 500; ContactCount = 50 } }

    It 'answers a second lookup of the same contacts without a request' {
        $ids = @(Get-IntercomContact -First 20 | ForEach-Object Id)
        $null = $ids | Get-IntercomContact
        $log = (Get-IntercomConnection).Sandbox.Log
        $before = $log.Count('GET /contacts/{contact_id}')
        $null = $ids | Get-IntercomContact
        $log.Count('GET /contacts/{contact_id}') | Should -Be $before
        (Get-IntercomCacheStatistic).Hits | Should -BeGreaterOrEqual 20
    }

    It 'expands conversations with each distinct contact fetched once' {
        Clear-IntercomCache
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $conversations = @(Get-IntercomConversation -ExpandContact -ExpandAssignee)
        $distinct = @($conversations.ContactIds | Sort-Object -Unique).Count
        $log.Count('GET /contacts/{contact_id}') | Should -Be $distinct
        $conversations | Where-Object { $_.ContactIds.Count -ne $_.ExpandedContacts.Count } | Should -BeNullOrEmpty
    }
}

Describe 'Search-* -Filter' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 500; ConversationCount = 500 }
        $since = (Get-Date).AddDays(-30)
    }

    It 'returns exactly what Where-Object keeps from the full list' {
        $filter = { $_.State -eq 'open' -and $_.CreatedAt -ge $since }
        $searched = @(Search-IntercomConversation -Filter $filter | ForEach-Object Id | Sort-Object)
        $kept = @(Get-IntercomConversation | Where-Object $filter | ForEach-Object Id | Sort-Object)
        $searched | Should -Be $kept
    }

    It 'shows the widened contact query without sending it' {
        $json = Search-IntercomContact -Filter { $_.created_at -ge $since -and $_.custom_attributes.plan -eq 'pro' } -ShowQuery
        ($json | ConvertFrom-Json).operator | Should -Be 'AND'
    }

    It 'rejects what Intercom cannot do, naming the construct' {
        { Search-IntercomConversation -Filter { $_.title -match 'refund' } } | Should -Throw -ExpectedMessage '*the operator -match at line*-Query*'
    }
}

Describe 'Change cmdlets against the sandbox' {
    BeforeAll {
        Connect-Intercom -Sandbox | Out-Null
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'previews with -WhatIf and sends no change' {
        $id = $sandbox.ContactIdAt(0)
        $sandbox.Log.Clear()
        Set-IntercomContact -Id $id -Name 'Preview only' -WhatIf
        @($sandbox.Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }

    It 'tags searched contacts once and reports a summary' {
        $summary = $null
        Search-IntercomContact -Role user -First 20 | Add-IntercomTag -Name 'Pester tag' -InformationVariable summary
        "$($summary[-1].MessageData)" | Should -Be 'Add-IntercomTag: 20 changed, 0 unchanged, 0 failed.'
    }

    It 'keeps untagging and deleting a tag apart' {
        $id = $sandbox.ContactIdAt(1)
        Add-IntercomTag -Name 'Kept tag' -ContactId $id
        Remove-IntercomTagAssignment -Name 'Kept tag' -ContactId $id
        $sandbox.FindTagId('Kept tag') | Should -Not -BeNullOrEmpty
        Remove-IntercomTag -Name 'Kept tag' -Force
        $sandbox.FindTagId('Kept tag') | Should -BeNullOrEmpty
    }

    It 'returns the new value from Get-IntercomContact after Set-IntercomContact' {
        $id = $sandbox.ContactIdAt(2)
        $null = Get-IntercomContact -Id $id
        Set-IntercomContact -Id $id -Name 'Renamed in Pester'
        (Get-IntercomContact -Id $id).Name | Should -Be 'Renamed in Pester'
    }
}

Describe 'Export-IntercomConversation' {
    BeforeAll {
        Connect-Intercom -Sandbox
        $script:since = [DateTimeOffset]'2026-01-01T00:00:00Z'
        $script:until = [DateTimeOffset]'2026-01-08T00:00:00Z'
    }

    It 'writes each conversation of the range once, as JSON Lines' {
        $path = Join-Path $TestDrive 'c.jsonl'
        $result = Export-IntercomConversation -Path $path -Since $since -Until $until -ChunkDays 1
        $result.PSObject.TypeNames | Should -Contain 'IntercomPS.ExportResult'
        $result.Complete | Should -BeTrue
        $ids = Get-Content $path | ForEach-Object { ($_ | ConvertFrom-Json).id }
        $expected = (Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until)
        ($ids | Sort-Object) | Should -Be ($expected | Sort-Object)
    }

    It 'refuses an existing file without -Resume, -Incremental or -Force and leaves it as it was' {
        $path = Join-Path $TestDrive 'existing.jsonl'
        Set-Content -Path $path -Value 'keep me'
        { Export-IntercomConversation -Path $path -Since $since -Until $until -ErrorAction Stop } | Should -Throw '*-Force*'
        Get-Content $path | Should -Be 'keep me'
    }
}
