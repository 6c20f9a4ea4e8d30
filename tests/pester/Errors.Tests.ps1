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
    It 'gives the query as the target of a query error' {
        $filter = { $_.title -match 'refund' }
        $null = Search-IntercomConversation -Filter $filter -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0] | Should -BeOfType ([System.Management.Automation.ErrorRecord])
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidFilter*'
        $failed[0].TargetObject | Should -Not -BeNullOrEmpty
        $failed[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'gives the range as the target of a range error' {
        $since = [DateTime]::UtcNow
        $null = Search-IntercomConversation -Since $since -Until $since.AddDays(-1) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'EmptyRange*'
        $failed[0].TargetObject | Should -Match '-Since'
        $failed[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'puts the record itself, not a CmdletInvocationException wrapper, in -ErrorVariable when the engine fails' {
        $null = Invoke-IntercomRequest -Method GET -Path 'no/such/route' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -BeGreaterThan 0
        $failed[0] | Should -BeOfType ([System.Management.Automation.ErrorRecord])
        $failed[0].Exception | Should -Not -BeOfType ([System.Management.Automation.CmdletInvocationException])
        $failed[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'recommends Connect-Intercom when not connected' {
        $connection = Get-IntercomConnection
        Disconnect-Intercom
        try {
            $null = Get-IntercomTag -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].ErrorDetails.RecommendedAction | Should -Match 'Connect-Intercom'
        }
        finally { Connect-Intercom -Sandbox }
    }
}
