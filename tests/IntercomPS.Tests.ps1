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
