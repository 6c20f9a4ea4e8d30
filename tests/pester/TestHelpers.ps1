# Dot-sourced by the Pester files: paths of the repository and a fresh real pwsh for tests whose subject is a new
# process (import, autoload, installation).

$script:RepoRoot = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
$script:Manifest = Join-Path $script:RepoRoot 'IntercomPS.psd1'

# Runs script text in a new pwsh (the one running these tests: a native pwsh, or `dotnet pwsh.dll` for the pinned
# .NET tool) and returns its output lines; throws with the output when it exits non-zero.
function Invoke-FreshPwsh {
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{}
    )
    $native = Join-Path $PSHOME $(if ([Environment]::OSVersion.Platform -eq 'Win32NT') { 'pwsh.exe' } else { 'pwsh' })
    $file, $prefix = if (Test-Path $native) { $native, @() } else { 'dotnet', @(Join-Path $PSHOME 'pwsh.dll') }
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try {
        $env:NO_COLOR = '1'
        $output = & $file @prefix -NoProfile -NonInteractive -Command $Script 2>&1 | ForEach-Object { "$_" }
        if ($LASTEXITCODE -ne 0) { throw "pwsh exited $LASTEXITCODE`n$($output -join "`n")" }
        $output
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item Env:NO_COLOR -ErrorAction SilentlyContinue
    }
}

# A folder for PSModulePath that holds the repository as module IntercomPS (a link: nothing is copied).
function New-ModuleFolderLink {
    param([Parameter(Mandatory)] [string] $Parent)
    New-Item -ItemType Directory -Path $Parent -Force | Out-Null
    $type = if ([Environment]::OSVersion.Platform -eq 'Win32NT') { 'Junction' } else { 'SymbolicLink' }
    New-Item -ItemType $type -Path (Join-Path $Parent 'IntercomPS') -Target $script:RepoRoot | Out-Null
    $Parent
}

# Runs a script block and returns the ErrorRecord of the terminating error it throws; fails when nothing is thrown.
function Get-TerminatingError {
    param([Parameter(Mandatory)] [scriptblock] $Script)
    try { & $Script } catch { return $_ }
    throw "Expected a terminating error from: $Script"
}

# Ids as strings in ordinal order (Sort-Object compares culture-aware), to compare two sets of ids exactly.
function Get-OrdinalSorted {
    param([object[]] $Ids)
    [string[]]$sorted = @($Ids | ForEach-Object { [string]$_ })
    [Array]::Sort($sorted, [StringComparer]::Ordinal)
    , $sorted
}

# Ids of a JSON Lines file, failing on a torn line.
function Get-JsonLinesId([string] $Path) {
    $text = [IO.File]::ReadAllText($Path)
    if ($text.Length -gt 0 -and -not $text.EndsWith("`n")) { throw "$Path ends in a torn line" }
    @(Get-Content -LiteralPath $Path | ForEach-Object { ($_ | ConvertFrom-Json).id })
}

# This pwsh again, as a child process: pwsh(.exe) next to the engine, or `dotnet pwsh.dll` under `dotnet pwsh`.
function Start-ChildPwsh([string] $Command, [hashtable] $Environment) {
    $start = [Diagnostics.ProcessStartInfo]::new()
    $native = @('pwsh.exe', 'pwsh') | ForEach-Object { Join-Path $PSHOME $_ } | Where-Object { Test-Path $_ -PathType Leaf } | Select-Object -First 1
    if ($native) {
        $start.FileName = $native
    }
    else {
        $start.FileName = 'dotnet'
        $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll'))
    }
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Command) { $start.ArgumentList.Add($argument) }
    foreach ($name in $Environment.Keys) { $start.Environment[$name] = $Environment[$name] }
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    [Diagnostics.Process]::Start($start)
}

# How many windows an export's checkpoint records as done (0 while it has none).
function Get-WindowsDone([string] $Checkpoint) {
    try { @((Get-Content -Raw -LiteralPath $Checkpoint -ErrorAction Stop | ConvertFrom-Json).windowsDone).Count } catch { 0 }
}
