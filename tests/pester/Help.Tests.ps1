#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Online help (HelpUri to docs/cmdlets/<Verb-Noun>.md), release notes, and what the package ships.

BeforeDiscovery {
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $cmdlets = (Import-PowerShellDataFile (Join-Path $root 'IntercomPS.psd1')).CmdletsToExport
}

BeforeAll {
    $root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $manifest = Join-Path $root 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    $projectUri = (Import-PowerShellDataFile $manifest).PrivateData.PSData.ProjectUri
}

AfterAll {
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Online help of <_>' -ForEach $cmdlets {
    BeforeAll { $name = $_ }

    It 'has a HelpUri to its page in the repository, and the page exists' {
        $uri = (Get-Command $name).HelpUri
        $uri | Should -Be "$projectUri/blob/main/docs/cmdlets/$name.md"
        $page = Join-Path $root "docs/cmdlets/$name.md"
        $page | Should -Exist
        Get-Content $page -Raw | Should -Match "(?m)^# $name$"
    }

    It 'lists the page as the online version in Get-Help, so Get-Help -Online resolves' {
        $help = Get-Help $name
        $help.relatedLinks.navigationLink[0].uri | Should -Be (Get-Command $name).HelpUri
    }

    It 'has the synopsis of its help source on the page' {
        $source = Get-Content (Join-Path $root "module/help/$name.json") -Raw | ConvertFrom-Json
        Get-Content (Join-Path $root "docs/cmdlets/$name.md") -Raw | Should -Match ([regex]::Escape($source.synopsis.Trim()))
    }
}

Describe 'Manifest release notes' {
    It 'carries the notes of the current version, not a pointer' {
        $data = Import-PowerShellDataFile $manifest
        $notes = $data.PrivateData.PSData.ReleaseNotes
        $notes | Should -Not -Match '^See CHANGELOG'
        $notes | Should -Match ([regex]::Escape($data.ModuleVersion))
        $notes.Length | Should -BeLessThan 1500
    }
}
