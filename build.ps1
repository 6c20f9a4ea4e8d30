<#
.SYNOPSIS
    Builds, tests and packages IntercomPS. Works in PowerShell 7.x and Windows PowerShell 5.1.
.EXAMPLE
    ./build.ps1                 # Build (Release)
.EXAMPLE
    ./build.ps1 -Task Test      # dotnet test, then the Pester tests when Pester 5 is installed
.EXAMPLE
    ./build.ps1 -Task Package   # gallery-ready folder out/IntercomPS/<version>/
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Pester', 'Package')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-BuildTask {
    Invoke-Dotnet build (Join-Path $root 'IntercomPS.sln') -c $Configuration
}

function Import-PinnedPester {
    # Pester 5.7.1 comes from NuGet (tools/Pester/Pester.csproj restores it into the package folder).
    Invoke-Dotnet restore (Join-Path $root 'tools/Pester/Pester.csproj')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
    Import-Module (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1') -Force -ErrorAction Stop
}

function Invoke-PesterTask {
    Import-PinnedPester
    $result = Invoke-Pester -Path (Join-Path $root 'tests/pester') -PassThru -Output Detailed
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
}

function Invoke-TestTask {
    Invoke-Dotnet test (Join-Path $root 'IntercomPS.sln') -c $Configuration
    Invoke-PesterTask
}

function Invoke-PackageTask {
    Invoke-BuildTask
    $manifest = Import-PowerShellDataFile (Join-Path $root 'IntercomPS.psd1')
    $target = Join-Path $root (Join-Path 'out' (Join-Path 'IntercomPS' $manifest.ModuleVersion))
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    New-Item -ItemType Directory -Path $target -Force | Out-Null
    Copy-Item (Join-Path $root 'IntercomPS.psd1') $target
    Copy-Item (Join-Path $root 'bin') $target -Recurse
    # Only what the module loads: module/help (the help's JSON sources) and module/en-US (the build already copied
    # it to bin/en-US) stay out of the package.
    $moduleTarget = New-Item -ItemType Directory -Path (Join-Path $target 'module')
    Get-ChildItem (Join-Path $root 'module') -File | Copy-Item -Destination $moduleTarget
    # bin/en-US (copied from module/en-US by the build) holds the MAML and about_IntercomPS: Get-Help finds a
    # cmdlet assembly's help beside it.
    foreach ($file in 'README.md', 'LICENSE', 'CHANGELOG.md') {
        $path = Join-Path $root $file
        if (Test-Path $path) { Copy-Item $path $target }
    }
    Get-ChildItem $target -Recurse -Filter *.pdb | Remove-Item -Force
    Test-ModuleManifest (Join-Path $target 'IntercomPS.psd1') | Out-Null
    Write-Host "Packaged: $target"
}

foreach ($name in $Task) {
    & "Invoke-$($name)Task"
}
