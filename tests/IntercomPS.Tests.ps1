#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Pester tests for users with pwsh or Windows PowerShell: ./build.ps1 -Task Test runs them when Pester 5 is
# installed. CI (which has no pwsh) parses this file; the same behaviours are tested in the in-process engine by
# tests/IntercomPS.PowerShell.Tests.

BeforeAll {
    $manifest = Join-Path (Split-Path $PSScriptRoot -Parent) 'IntercomPS.psd1'
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
