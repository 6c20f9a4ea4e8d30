#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The export cmdlets as a user meets them: files written, results returned, existing files protected.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Export-IntercomConversation' {
    BeforeAll {
        Connect-Intercom -Sandbox
        $since = [DateTimeOffset]'2026-01-01T00:00:00Z'
        $until = [DateTimeOffset]'2026-01-08T00:00:00Z'
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

    It 'writes nothing with -WhatIf' {
        $path = Join-Path $TestDrive 'whatif.jsonl'
        Export-IntercomConversation -Path $path -Since $since -Until $until -WhatIf
        Test-Path $path | Should -BeFalse
    }
}

Describe 'Export-IntercomContact' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 200 }
        $since = (Get-IntercomContact | Measure-Object CreatedAt -Minimum).Minimum
    }

    It 'writes every contact once, as CSV that Import-Csv reads back' {
        $path = Join-Path $TestDrive 'contacts.csv'
        $result = Export-IntercomContact -Path $path -Format Csv -Since $since -ChunkDays 366
        $result.Complete | Should -BeTrue
        $rows = @(Import-Csv $path)
        $rows.Count | Should -Be 200
        @($rows.id | Sort-Object -Unique).Count | Should -Be 200
    }

    It 'binds -Path and -Since from the pipeline by property name' {
        $path = Join-Path $TestDrive 'piped.jsonl'
        $result = [pscustomobject]@{ Path = $path; Since = $since } | Export-IntercomContact -ChunkDays 366
        $result.RecordsWritten | Should -Be 200
        @(Get-Content $path).Count | Should -Be 200
    }
}
