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
