#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The package as a user installs it: ./build.ps1 -Task Package, Publish-PSResource to a local file repository, then
# Install-PSResource and autoload in fresh processes whose home (and so the CurrentUser module folder and the
# repository registrations) is an empty temporary folder: nothing of this repository is on their module path.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $version = (Import-PowerShellDataFile $Manifest).ModuleVersion
    $package = Join-Path $RepoRoot "out/IntercomPS/$version"
    $home_ = Join-Path $TestDrive 'home'
    $feed = Join-Path $TestDrive 'feed'
    $emptyModules = Join-Path $TestDrive 'empty-modules'
    # .NET on Linux names a special folder only when it exists (else ''), and PSResourceGet and NuGet would then write
    # their settings relative to the working directory, the repository: the isolated home has every folder they use.
    $configHome = Join-Path $home_ '.config'
    $dataHome = Join-Path $home_ '.local/share'
    $localAppData = Join-Path $home_ 'AppData/Local'
    New-Item -ItemType Directory -Path $home_, $configHome, $dataHome, $localAppData, $feed, $emptyModules -Force | Out-Null
    # A separate process: build.ps1 ends with `exit`.
    $null = Invoke-FreshPwsh "& '$(Join-Path $RepoRoot 'build.ps1')' -Task Package"
    $isolated = @{
        HOME          = $home_
        USERPROFILE   = $home_
        XDG_DATA_HOME = $dataHome
        XDG_CONFIG_HOME = $configHome
        LOCALAPPDATA  = $localAppData
        PSModulePath  = $emptyModules
    }
    # Registered in the isolated home (the last test checks it is there), so it goes with the test drive.
    $repository = 'IntercomPSTest'
    $register = "Register-PSResourceRepository -Name $repository -Uri '$feed' -Trusted"
}

Describe 'Install-PSResource IntercomPS from a published package, then autoload Connect-Intercom' {
    It 'is not installed before' {
        Invoke-FreshPwsh '@(Get-Module -ListAvailable IntercomPS).Count' -Environment $isolated | Should -Be '0'
    }

    It 'publishes the package folder to a local repository' {
        $null = Invoke-FreshPwsh "$register; Publish-PSResource -Path '$package' -Repository $repository" -Environment $isolated
        @(Get-ChildItem $feed -Filter "IntercomPS.$version.nupkg").Count | Should -Be 1
    }

    It 'installs it for the current user' {
        $output = Invoke-FreshPwsh "$register -ErrorAction SilentlyContinue; Install-PSResource -Name IntercomPS -Repository $repository -Scope CurrentUser -TrustRepository; (Get-Module -ListAvailable IntercomPS).ModuleBase" -Environment $isolated
        @($output)[-1] | Should -BeLike "$home_*"
    }

    It 'autoloads on Connect-Intercom -Sandbox and reads, from the installed copy' {
        $script = "Connect-Intercom -Sandbox; @(Get-IntercomConversation -First 5).Count; (Get-Module IntercomPS).ModuleBase; (Get-Help Get-IntercomConversation).Synopsis"
        $output = Invoke-FreshPwsh $script -Environment $isolated
        $output[0] | Should -Be '5'
        $output[1] | Should -BeLike "$home_*"
        $output[2] | Should -Not -BeNullOrEmpty
    }

    It 'keeps PSResourceGet and NuGet settings in the isolated home, out of the working directory (the repository)' {
        Get-ChildItem $home_ -Recurse -Force -Filter PSResourceRepository.xml | Should -Not -BeNullOrEmpty
        Get-ChildItem $RepoRoot -Directory | Where-Object { $_.Name -in 'PSResourceGet', 'NuGet' } | Should -BeNullOrEmpty
    }
}
