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
        Test-Path "$path.checkpoint.json" | Should -BeTrue
    }

    It 'reports progress while it runs, and its result shows as a list' {
        $path = Join-Path $TestDrive 'progress.jsonl'
        # Progress goes to the host, not to a stream a script can redirect: run the export in a runspace of its own
        # and read that pipeline's progress stream.
        $nested = [powershell]::Create()
        try {
            $null = $nested.AddScript({
                param($manifest, $path, $since, $until)
                Import-Module $manifest -ErrorAction Stop
                Connect-Intercom -Sandbox
                Export-IntercomConversation -Path $path -Since $since -Until $until
            }.ToString()).AddArgument($Manifest).AddArgument($path).AddArgument($since).AddArgument($until)
            $result = $nested.Invoke()
            $nested.Streams.Error | Should -BeNullOrEmpty
            $nested.Streams.Progress.Count | Should -BeGreaterThan 0
            $null = $nested.AddScript('Disconnect-Intercom').Invoke()
        }
        finally { $nested.Dispose() }
        $view = $result | Out-String
        $view | Should -Match 'RecordsInFile\s+:'
        $view | Should -Match 'Complete\s+: True'
    }

    It 'refuses an existing file without -Resume, -Incremental or -Force and leaves it as it was' {
        $path = Join-Path $TestDrive 'existing.jsonl'
        Set-Content -Path $path -Value 'keep me'
        $stamp = [DateTime]::new(2025, 3, 4, 5, 6, 7, [DateTimeKind]::Utc)
        (Get-Item $path).LastWriteTimeUtc = $stamp
        $failure = $null
        try { Export-IntercomConversation -Path $path -Since $since -Until $until -ErrorAction Stop } catch { $failure = $_ }
        $failure.CategoryInfo.Category | Should -Be 'ResourceExists'
        $failure.Exception.Message | Should -BeLike '*-Resume*'
        $failure.Exception.Message | Should -BeLike '*-Force*'
        Get-Content $path | Should -Be 'keep me'
        (Get-Item $path).LastWriteTimeUtc | Should -Be $stamp
        Test-Path "$path.checkpoint.json" | Should -BeFalse
    }

    It 'runs one export per piped row: a refused row does not stop the next' {
        $existing = Join-Path $TestDrive 'piped-existing.jsonl'
        Set-Content -Path $existing -Value 'keep me'
        $other = Join-Path $TestDrive 'piped-other.jsonl'
        $results = @([pscustomobject]@{ Path = $existing }, [pscustomobject]@{ Path = $other } |
            Export-IntercomConversation -Since $since -Until $since.AddDays(1) -ErrorVariable refused -ErrorAction SilentlyContinue)
        $refused.Count | Should -Be 1
        $results.Count | Should -Be 1
        Test-Path $other | Should -BeTrue
        Get-Content $existing | Should -Be 'keep me'
    }

    It 'writes nothing with -WhatIf' {
        $path = Join-Path $TestDrive 'whatif.jsonl'
        Export-IntercomConversation -Path $path -Since $since -Until $until -WhatIf
        Test-Path $path | Should -BeFalse
        Test-Path "$path.checkpoint.json" | Should -BeFalse
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

    It 'writes nothing with -WhatIf' {
        $path = Join-Path $TestDrive 'contacts-whatif.jsonl'
        Export-IntercomContact -Path $path -Since $since -WhatIf
        Test-Path $path | Should -BeFalse
        Test-Path "$path.checkpoint.json" | Should -BeFalse
    }

    It 'binds -Path and -Since from the pipeline by property name' {
        $path = Join-Path $TestDrive 'piped.jsonl'
        $result = [pscustomobject]@{ Path = $path; Since = $since } | Export-IntercomContact -ChunkDays 366
        $result.RecordsWritten | Should -Be 200
        @(Get-Content $path).Count | Should -Be 200
    }
}
