<#
.SYNOPSIS
    Builds the engine and sandbox tests for .NET Framework 4.7.2 (Windows PowerShell 5.1's runtime) and runs them on Mono.
.DESCRIPTION
    Returns one object: Suite, Passed, Failed, Skipped, and NotRun (why nothing ran, or $null). build.ps1 -Task Test
    adds its counts to its closing line. Mono is installed with `apt-get install mono-devel` (Debian/Ubuntu); without
    it this warns and returns zero counts with a NotRun reason. Written for Windows PowerShell 5.1 as well as 7.
.PARAMETER Configuration
    The build configuration, Release by default.
.PARAMETER ResultsDirectory
    Where the TRX result files go; a folder under the system temp folder by default.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/mono/Invoke-MonoTests.ps1
#>
[CmdletBinding()]
param(
    [string] $Configuration = 'Release',
    [string] $ResultsDirectory = (Join-Path ([IO.Path]::GetTempPath()) 'intercomps-mono-results')
)

$ErrorActionPreference = 'Stop'
$repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$suite = 'Mono (net472)'
$projects = @(
    (Join-Path $repoRoot 'tests/IntercomPS.Engine.Tests/IntercomPS.Engine.Tests.csproj'),
    (Join-Path $repoRoot 'tests/IntercomPS.Sandbox.Tests/IntercomPS.Sandbox.Tests.csproj')
)

function New-MonoTestResult {
    param([int] $Passed = 0, [int] $Failed = 0, [int] $Skipped = 0, [string] $NotRun = $null)
    [pscustomobject]@{ Suite = $suite; Passed = $Passed; Failed = $Failed; Skipped = $Skipped; NotRun = $NotRun }
}

if (-not (Get-Command mono -CommandType Application -ErrorAction SilentlyContinue)) {
    $reason = 'mono is not on PATH. Install it to run the .NET Framework (net472) tests: apt-get install mono-devel (Debian/Ubuntu), or see https://www.mono-project.com/download/stable/.'
    Write-Warning $reason
    return New-MonoTestResult -NotRun $reason
}

if (Test-Path $ResultsDirectory) { Remove-Item $ResultsDirectory -Recurse -Force }
$null = New-Item -ItemType Directory -Path $ResultsDirectory

$passed = 0; $failed = 0; $skipped = 0
foreach ($project in $projects) {
    $name = [IO.Path]::GetFileNameWithoutExtension($project)
    $trx = Join-Path $ResultsDirectory ($name + '.trx')
    # dotnet test runs the .NET Framework test host through mono when it is not on Windows.
    & dotnet test $project -c $Configuration -f net472 -p:IncludeNetFramework=true --logger "trx;LogFileName=$trx" --logger 'console;verbosity=minimal' | Out-Host
    if (-not (Test-Path $trx)) {
        $failed++
        Write-Warning "$name produced no results (build failure or crashed test host); counted as one failure."
        continue
    }
    $run = ([xml](Get-Content $trx -Raw)).TestRun
    $counters = $run.ResultSummary.Counters
    $passed += [int]$counters.passed
    $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    # A skipped xunit test is a result that was not executed; its reason is in the result's output.
    foreach ($result in @($run.Results.UnitTestResult | Where-Object { $_.outcome -eq 'NotExecuted' })) {
        $skipped++
        $reason = $null
        if ($result.Output -and $result.Output.ErrorInfo) { $reason = $result.Output.ErrorInfo.Message }
        if (-not $reason -and $result.Output) { $reason = $result.Output.StdOut }
        Write-Host ("Skipped on Mono: {0}`n    {1}" -f $result.testName, $reason)
    }
}

New-MonoTestResult -Passed $passed -Failed $failed -Skipped $skipped
