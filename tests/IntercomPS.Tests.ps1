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
