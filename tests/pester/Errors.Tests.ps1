#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Error records: RecommendedAction, TargetObject, and the record itself in -ErrorVariable.

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Non-terminating lookup errors' {
    It 'targets the id and recommends what to do' {
        $null = 'no-such-tag' | Get-IntercomTag -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0] | Should -BeOfType ([System.Management.Automation.ErrorRecord])
        $failed[0].TargetObject | Should -Be 'no-such-tag'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }
}

Describe 'Terminating errors' {
    # The record as caught; -ErrorVariable of a terminating error still holds PowerShell's wrapper (see the report).
    It 'gives the query as the target of a query error' {
        $filter = { $_.title -match 'refund' }
        $caught = try { Search-IntercomConversation -Filter $filter } catch { $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'InvalidFilter*'
        $caught.TargetObject | Should -Be $filter
        $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'gives the range as the target of a range error' {
        $since = [DateTime]::UtcNow
        $caught = try { Search-IntercomConversation -Since $since -Until $since.AddDays(-1) } catch { $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'EmptyRange*'
        $caught.TargetObject | Should -Match '-Since'
        $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'turns an engine failure into an error record with a RecommendedAction' {
        $caught = try { Invoke-IntercomRequest -Method GET -Path 'no/such/route' } catch { $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike '*Failed.404,*'
        $caught.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $caught.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'recommends Connect-Intercom when not connected' {
        Disconnect-Intercom
        try {
            $caught = try { Get-IntercomTag } catch { $_ }
            $caught.FullyQualifiedErrorId | Should -BeLike 'NotConnected*'
            $caught.ErrorDetails.RecommendedAction | Should -Match 'Connect-Intercom'
        }
        finally { Connect-Intercom -Sandbox }
    }
}
