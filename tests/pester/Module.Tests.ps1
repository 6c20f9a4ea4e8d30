#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The module as a whole in real PowerShell: manifest, import and re-import, help, and that every exported cmdlet is
# specified somewhere in tests/pester.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $cmdletNames = (Import-PowerShellDataFile $Manifest).CmdletsToExport
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    $exported = (Import-PowerShellDataFile $Manifest).CmdletsToExport
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Module manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $Manifest -ErrorAction Stop } | Should -Not -Throw
    }

    It 'declares both editions' {
        (Test-ModuleManifest -Path $Manifest).CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }

    It 'exports exactly the cmdlets the manifest lists, named explicitly' {
        $exported | Where-Object { $_ -like '*[*?]*' } | Should -BeNullOrEmpty
        $commands = @(Get-Command -Module IntercomPS | ForEach-Object Name | Sort-Object)
        $commands | Should -Be @($exported | Sort-Object)
    }

    It 'exports every cmdlet the assembly defines' {
        $assembly = (Get-Command Connect-Intercom).ImplementingType.Assembly
        $defined = @($assembly.GetExportedTypes() | ForEach-Object {
                $attribute = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)
                if ($attribute) { '{0}-{1}' -f $attribute[0].VerbName, $attribute[0].NounName }
            } | Sort-Object)
        $defined | Should -Be @($exported | Sort-Object)
    }

    It 'uses approved verbs and singular Intercom nouns' {
        $approved = (Get-Verb).Verb
        foreach ($command in Get-Command -Module IntercomPS) {
            $approved | Should -Contain $command.Verb -Because $command.Name
            $command.Noun | Should -BeLike 'Intercom*' -Because $command.Name
            $command.Noun | Should -Not -Match '[^s]s$' -Because "$($command.Name) should have a singular noun"
        }
    }

    It 'ships neither System.Management.Automation nor a probe-able engine beside the cmdlet assembly' {
        $bin = Join-Path $RepoRoot 'bin'
        Join-Path $bin 'System.Management.Automation.dll' | Should -Not -Exist
        Join-Path $bin 'dependencies/System.Management.Automation.dll' | Should -Not -Exist
        Join-Path $bin 'dependencies/IntercomPS.Engine.dll' | Should -Exist
        # The engine must be reachable only through the isolation resolver, never by plain probing next to the module.
        Join-Path $bin 'IntercomPS.Engine.dll' | Should -Not -Exist
    }
}

Describe 'Import-Module IntercomPS and re-import' {
    # Each case runs in a fresh process: the defect was a session that had already loaded the module.
    BeforeAll {
        $modules = New-ModuleFolderLink (Join-Path $TestDrive 'modules')
        $count = '(Get-Command -Module IntercomPS).Count'
        $read = 'Connect-Intercom -Sandbox; (@(Get-IntercomAdmin).Count -gt 0)'
    }

    It 'import then Import-Module -Force keeps every cmdlet working' {
        $output = Invoke-FreshPwsh "Import-Module '$Manifest'; $count; $read; Import-Module '$Manifest' -Force; $count; $read"
        $output | Should -Be @($exported.Count, 'True', $exported.Count, 'True')
    }

    It 'autoload then Import-Module IntercomPS -Force keeps every cmdlet working' {
        $output = Invoke-FreshPwsh "`$env:PSModulePath = '$modules' + [IO.Path]::PathSeparator + `$env:PSModulePath; $read; Import-Module IntercomPS -Force; $count; $read"
        $output | Should -Be @('True', $exported.Count, 'True')
    }

    It 'Remove-Module then Import-Module brings the cmdlets back' {
        $output = Invoke-FreshPwsh "Import-Module '$Manifest'; Remove-Module IntercomPS; Import-Module '$Manifest'; $count; $read"
        $output | Should -Be @($exported.Count, 'True')
    }

    It 'Import-Module -Force twice in this session leaves the commands usable' {
        Import-Module $Manifest -Force
        Import-Module $Manifest -Force
        (Get-Command -Module IntercomPS).Count | Should -Be $exported.Count
        Connect-Intercom -Sandbox
        @(Get-IntercomTeam).Count | Should -BeGreaterThan 0
    }
}

Describe 'Get-Help <_>' -ForEach $cmdletNames {
    BeforeAll {
        $help = Get-Help $_ -Full
    }

    It 'has a synopsis' {
        "$($help.Synopsis)".Trim() | Should -Not -BeNullOrEmpty
        "$($help.Synopsis)".Trim() | Should -Not -BeLike "$_*[<CommonParameters>]*"
    }

    It 'has a description' {
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples with code' {
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        $help.Examples.Example | ForEach-Object { "$($_.Code)".Trim() | Should -Not -BeNullOrEmpty }
    }

    It 'describes every parameter' {
        $undocumented = @($help.Parameters.Parameter | Where-Object { -not ($_.Description | Out-String).Trim() } | ForEach-Object Name)
        $undocumented | Should -BeNullOrEmpty
    }
}

Describe 'Get-Help about_IntercomPS' {
    It 'is found' {
        (Get-Help about_IntercomPS | Out-String) | Should -Match 'Connect-Intercom'
    }
}

Describe 'Every exported cmdlet is specified in tests/pester' {
    It 'names each cmdlet of CmdletsToExport in some Describe' {
        $describeNames = foreach ($file in Get-ChildItem $PSScriptRoot -Filter '*.Tests.ps1') {
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref]$null, [ref]$null)
            $ast.FindAll({
                    param($node)
                    $node -is [System.Management.Automation.Language.CommandAst] -and $node.GetCommandName() -eq 'Describe'
                }, $true) | ForEach-Object { "$($_.CommandElements[1].Value)" }
        }
        $text = $describeNames -join "`n"
        $missing = @($exported | Where-Object { $text -notmatch "(?<![\w-])$([regex]::Escape($_))(?![\w-])" })
        $missing | Should -BeNullOrEmpty -Because 'every exported cmdlet needs a Describe naming it'
    }
}
