#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# User-level tests of the fast paths (issue 20): parallel windows by default, windows split when large, cheap
# per-object type names, and an import without a type file. Speed itself is measured in bench/, not here.

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    # About 500 conversations a day: a 2-day range is one window of about 20 pages of 50, large enough to be split.
    Connect-Intercom -Sandbox -SandboxSettings @{
        ConversationCount = 30000
        RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'
        RangeEnd = [DateTimeOffset]'2026-03-01T00:00:00Z'
    }
    $since = [DateTimeOffset]'2026-01-10T00:00:00Z'
    $until = $since.AddDays(2)
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomConversation -Since with nothing else' {
    BeforeAll {
        $inOrder = @(Get-IntercomConversation -Since $since -Until $until -PageSize 50 -ThrottleLimit 1)
        $byDefault = @(Get-IntercomConversation -Since $since -Until $until -PageSize 50)
        $chunked = @(Get-IntercomConversation -Since $since -Until $until.AddDays(5) -PageSize 50 -ChunkDays 1 -ThrottleLimit 8)
    }

    It 'returns the same conversations as one window at a time, each once' {
        $inOrder.Count | Should -BeGreaterThan 500
        $byDefault.Count | Should -Be $inOrder.Count
        @($byDefault.Id | Sort-Object -Unique).Count | Should -Be $byDefault.Count
        ($byDefault.Id | Sort-Object) -join ',' | Should -Be (($inOrder.Id | Sort-Object) -join ',')
    }

    It 'keeps the exact range on every window and part' {
        $byDefault | Where-Object { $_.CreatedAt -lt $since -or $_.CreatedAt -ge $until } | Should -BeNullOrEmpty
        $chunked | Where-Object { $_.CreatedAt -lt $since -or $_.CreatedAt -ge $until.AddDays(5) } | Should -BeNullOrEmpty
        @($chunked.Id | Sort-Object -Unique).Count | Should -Be $chunked.Count
    }

    It 'with -ThrottleLimit 1 still comes out in date order' {
        $ticks = @($inOrder | ForEach-Object { $_.CreatedAt.UtcTicks })
        ($ticks -join ',') | Should -Be (($ticks | Sort-Object) -join ',')
    }
}

Describe 'Output objects' {
    It 'carry their type name first, and changing one object''s type names leaves the others alone' {
        $pair = @(Get-IntercomConversation -Since $since -Until $until -First 2)
        $pair[0].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Conversation'
        $pair[0].PSObject.TypeNames.Insert(0, 'Custom.Marker')
        $pair[0].PSObject.TypeNames[0] | Should -Be 'Custom.Marker'
        $pair[1].PSObject.TypeNames[0] | Should -Be 'IntercomPS.Conversation'
        $pair[1].PSObject.TypeNames | Should -Not -Contain 'Custom.Marker'
    }

    It 'pass Select-Object -First on without reading the whole range' {
        $first = @(Get-IntercomConversation -Since $since -Until $until -First 3)
        $first.Count | Should -Be 3
    }
}

Describe 'Import-Module' {
    It 'processes no type file (the session''s first type-data update costs 68-215 ms)' {
        (Test-ModuleManifest -Path $manifest).ExportedTypeFiles | Should -BeNullOrEmpty
    }
}
