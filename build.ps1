<#
.SYNOPSIS
    Builds, demonstrates, tests and packages IntercomPS. Works in PowerShell 7.x and Windows PowerShell 5.1.
.DESCRIPTION
    Run it with the pinned PowerShell (`dotnet tool restore` once, then `dotnet pwsh ./build.ps1 ...`) or any pwsh.
.EXAMPLE
    ./build.ps1                 # Build (Release); lays the module out in ./bin
.EXAMPLE
    ./build.ps1 -Task Demo      # Build, then stream conversations from the built-in sandbox workspace
.EXAMPLE
    ./build.ps1 -Task Test      # every suite: xunit, Pester, Mono (when present); ends with "N passed, M failed"
.EXAMPLE
    ./build.ps1 -Task Package   # gallery-ready folder out/IntercomPS/<version>/
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Demo', 'Test', 'Pester', 'Package')]
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
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-BuildTask {
    Invoke-Dotnet build (Join-Path $root 'IntercomPS.sln') -c $Configuration
}

function Invoke-DemoTask {
    Invoke-BuildTask
    Import-Module (Join-Path $root 'IntercomPS.psd1') -Force
    Write-Host "`nPS> Connect-Intercom -Sandbox -PassThru" -ForegroundColor Cyan
    Connect-Intercom -Sandbox -PassThru | Format-List | Out-Host
    $command = 'Get-IntercomConversation -Since ([DateTime]::UtcNow.AddDays(-30)) -ChunkDays 1 -ThrottleLimit 4 | Select-Object -First 10'
    Write-Host "PS> $command" -ForegroundColor Cyan
    Get-IntercomConversation -Since ([DateTime]::UtcNow.AddDays(-30)) -ChunkDays 1 -ThrottleLimit 4 |
        Select-Object -First 10 | Format-Table | Out-Host
    Write-Host "PS> Search-IntercomContact -Role user -First 3 | Add-IntercomTag -Name VIP -WhatIf" -ForegroundColor Cyan
    Search-IntercomContact -Role user -First 3 | Add-IntercomTag -Name VIP -WhatIf
    Write-Host "`nNext: Import-Module ./IntercomPS.psd1; Get-Help about_IntercomPS; Get-Command -Module IntercomPS"
}

function Import-PinnedPester {
    # Pester 5.7.1 comes from NuGet (tools/Pester/Pester.csproj restores it into the package folder).
    Invoke-Dotnet restore (Join-Path $root 'tools/Pester/Pester.csproj')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path $HOME '.nuget/packages' }
    Import-Module (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1') -Force -ErrorAction Stop
}

function New-SuiteResult {
    param([string] $Suite, [int] $Passed = 0, [int] $Failed = 0, [int] $Skipped = 0, [string] $Problem)
    [pscustomobject]@{ Suite = $Suite; Passed = $Passed; Failed = $Failed; Skipped = $Skipped; Problem = $Problem }
}

# Pester's counts for tests/pester. Containers or blocks that fail before their tests run (a broken BeforeAll, a
# file that does not parse) count as failures: their tests never reported.
function Invoke-PesterSuite {
    try {
        Import-PinnedPester
        # The tests run as users run scripts: without this script's strict mode and Stop preference, which would
        # otherwise reach the test code.
        Set-StrictMode -Off
        $ErrorActionPreference = 'Continue'
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = Join-Path $root 'tests/pester'
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Detailed'
        $result = Invoke-Pester -Configuration $configuration
        $broken = $result.FailedContainersCount + $result.FailedBlocksCount
        $problem = if ($broken -gt 0) { "$broken Pester container(s)/block(s) failed before their tests ran" }
        New-SuiteResult 'Pester' $result.PassedCount ($result.FailedCount + $broken) ($result.SkippedCount + $result.NotRunCount) $problem
    }
    catch {
        New-SuiteResult 'Pester' -Problem "Pester could not run: $_"
    }
}

function Invoke-PesterTask {
    Invoke-BuildTask
    $result = Invoke-PesterSuite
    if ($result.Failed -gt 0 -or $result.Problem) { throw "Pester: $($result.Failed) failed. $($result.Problem)" }
}

# One `dotnet test` per xunit project, so that a project that cannot build or crashes is named, and the others still
# run. Counts come from each project's TRX file.
function Invoke-XunitSuites {
    param([string] $ResultsFolder)
    foreach ($project in Get-ChildItem (Join-Path $root 'tests') -Filter '*.Tests.csproj' -Recurse -Depth 1 | Sort-Object Name) {
        $suite = $project.BaseName
        $trxName = "$suite.trx"
        & dotnet test $project.FullName -c $Configuration --no-build --blame-hang-timeout 10m `
            --results-directory $ResultsFolder --logger "trx;LogFileName=$trxName" --logger 'console;verbosity=minimal' | Out-Host
        $exitCode = $LASTEXITCODE
        $trx = Join-Path $ResultsFolder $trxName
        if (-not (Test-Path $trx)) {
            New-SuiteResult $suite -Problem "dotnet test exited with $exitCode and wrote no results"
            continue
        }
        $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
        $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $problem = if ($exitCode -ne 0 -and $failed -eq 0) { "dotnet test exited with $exitCode" }
        New-SuiteResult $suite ([int]$counters.passed) $failed ([int]$counters.notExecuted) $problem
    }
}

# The Windows PowerShell 5.1 / .NET Framework suite on Mono, when the repository has it; it skips itself without mono.
function Invoke-MonoSuite {
    $script = Join-Path $root 'tests/mono/Invoke-MonoTests.ps1'
    if (-not (Test-Path $script)) { return }
    try {
        $result = & $script | Select-Object -Last 1
        New-SuiteResult $result.Suite $result.Passed $result.Failed $result.Skipped
    }
    catch {
        New-SuiteResult 'Mono' -Problem "Invoke-MonoTests.ps1 failed: $_"
    }
}

function Write-TestSummary {
    param([object[]] $Results)
    Write-Host ''
    Write-Host ('{0,-34} {1,8} {2,8} {3,8}' -f 'Suite', 'Passed', 'Failed', 'Skipped')
    foreach ($result in $Results) {
        Write-Host ('{0,-34} {1,8} {2,8} {3,8}' -f $result.Suite, $result.Passed, $result.Failed, $result.Skipped)
        if ($result.Problem) { Write-Host "  $($result.Suite): $($result.Problem)" -ForegroundColor Red }
    }
    $skipped = ($Results | Measure-Object Skipped -Sum).Sum
    $line = '{0} passed, {1} failed' -f ($Results | Measure-Object Passed -Sum).Sum, ($Results | Measure-Object Failed -Sum).Sum
    if ($skipped -gt 0) { $line += ", $skipped skipped" }
    Write-Host $line
}

function Restore-TestTools {
    if (-not (Test-Path (Join-Path $root 'tests/node_modules'))) {
        # Prism (the conformance suite's mock server) and js-yaml, pinned in tests/package-lock.json.
        Push-Location (Join-Path $root 'tests')
        try {
            & npm ci --no-audit --no-fund
            if ($LASTEXITCODE -ne 0) { throw "npm ci in tests/ failed with exit code $LASTEXITCODE." }
        }
        finally { Pop-Location }
    }
    Invoke-Dotnet tool restore
}

# Runs every suite even when one fails, prints one line per suite, ends with "N passed, M failed[, K skipped]" and
# fails when any test failed or a suite could not run.
function Invoke-TestTask {
    Restore-TestTools
    Invoke-BuildTask
    $resultsFolder = Join-Path $root (Join-Path 'TestResults' (Get-Date -Format 'yyyyMMdd-HHmmss'))
    $results = @(
        Invoke-XunitSuites -ResultsFolder $resultsFolder
        Invoke-PesterSuite
        Invoke-MonoSuite
    )
    Write-TestSummary $results
    if (@($results | Where-Object { $_.Failed -gt 0 -or $_.Problem }).Count -gt 0) { $script:ExitCode = 1 }
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

$script:ExitCode = 0
foreach ($name in $Task) {
    & "Invoke-$($name)Task"
}
# Not a throw for failed tests: the summary's count line stays the last line printed.
exit $script:ExitCode
