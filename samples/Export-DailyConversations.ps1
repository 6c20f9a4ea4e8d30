<#
.SYNOPSIS
    Appends the conversations created since the last run to a JSON Lines (or CSV) file. Meant for a scheduled task.

.DESCRIPTION
    Each run connects with a token from a SecretManagement vault (-Vault/-SecretName) or from the environment
    variable INTERCOM_ACCESS_TOKEN, then runs Export-IntercomConversation -Incremental: the first run exports from
    -Since, every later run from where the last successful one ended, so each conversation lands in the file once.
    A run that dies (reboot, network, kill) leaves a checkpoint; the next run finishes its work first.

    Every HTTP attempt is appended to a request log next to the export (<Path>.requests.jsonl, shared by all runs),
    and each run writes an HTML report of its requests (<Path>.report.html): requests per 10 seconds against the
    rate-limit headroom, latency per route, errors and retries by cause. Read the log later with
    Get-IntercomApiStatistic -RequestLogPath or Export-IntercomApiReport -RequestLogPath.

    Exit codes: 0 success; 1 the export could not run (no token, file problem...); 2 some date windows failed after
    retries (the file holds everything else; the next run fetches them again).

.EXAMPLE
    $env:INTERCOM_ACCESS_TOKEN = '<token>'
    ./Export-DailyConversations.ps1 -Path D:\Exports\conversations.jsonl -Since 2026-01-01

.EXAMPLE
    ./Export-DailyConversations.ps1 -Path ./conversations.jsonl -Sandbox
    Tries the script against the module's built-in sandbox workspace (no token, no network).
#>
[CmdletBinding()]
param(
    # The export file; its checkpoint is kept next to it (<Path>.checkpoint.json).
    [Parameter(Mandatory)]
    [string] $Path,

    # Where the first run starts. Later runs continue from the checkpoint and ignore it.
    [DateTimeOffset] $Since = [DateTimeOffset]::UtcNow.Date.AddDays(-30),

    # A SecretManagement vault and secret holding the token; without them, $env:INTERCOM_ACCESS_TOKEN is used.
    [string] $Vault,
    [string] $SecretName,

    # An API root other than the US region (EU/AU workspaces, a proxy).
    [Uri] $BaseUri,

    [ValidateSet('JsonLines', 'Csv')]
    [string] $Format = 'JsonLines',

    [ValidateRange(1, 16)]
    [int] $ThrottleLimit = 2,

    # Each run re-reads this many minutes before the last run's high-water mark: Intercom's search index lags behind
    # new conversations, and what it had not caught up with then is picked up now (written once: the file is checked).
    [ValidateRange(0, 1440)]
    [int] $OverlapMinutes = 15,

    # The per-request log (appended to by every run); default: next to the export, <Path>.requests.jsonl.
    [string] $RequestLogPath,

    # The HTML report of this run's requests (replaced by each run); default: next to the export, <Path>.report.html.
    [string] $ReportPath,

    # Run against the built-in sandbox (for trying the script and for tests).
    [switch] $Sandbox,

    # Settings for the sandbox (see Connect-Intercom -SandboxSettings).
    [hashtable] $SandboxSettings
)

$ErrorActionPreference = 'Stop'
# Nobody watches a scheduled task's progress bar; hosts that log it would fill the log.
$ProgressPreference = 'SilentlyContinue'
try {
    if (-not (Get-Module IntercomPS)) { Import-Module IntercomPS -ErrorAction Stop }

    $connect = @{}
    if ($Sandbox) {
        $connect.Sandbox = $true
        if ($SandboxSettings) { $connect.SandboxSettings = $SandboxSettings }
    }
    elseif ($Vault -or $SecretName) {
        if (-not ($Vault -and $SecretName)) { throw 'Give both -Vault and -SecretName, or neither (to use $env:INTERCOM_ACCESS_TOKEN).' }
        $connect.Vault = $Vault
        $connect.SecretName = $SecretName
    }
    elseif (-not $env:INTERCOM_ACCESS_TOKEN) {
        throw 'No token: set the environment variable INTERCOM_ACCESS_TOKEN for the account the task runs as, or pass -Vault and -SecretName.'
    }
    if ($BaseUri -and -not $Sandbox) { $connect.BaseUri = $BaseUri }
    if (-not $RequestLogPath) { $RequestLogPath = "$Path.requests.jsonl" }
    if (-not $ReportPath) { $ReportPath = "$Path.report.html" }
    $connect.RequestLogPath = $RequestLogPath
    Connect-Intercom @connect

    # Window failures and items that cannot be written are reported as errors and in the result; they must not stop
    # the export of the others.
    $result = Export-IntercomConversation -Path $Path -Incremental -Since $Since -Overlap $OverlapMinutes -Format $Format -ThrottleLimit $ThrottleLimit -ErrorAction Continue -ErrorVariable exportErrors
    # No result: the export could not start (file in use, checkpoint mismatch...); its error says why.
    if ($null -eq $result) { throw $(if ($exportErrors) { $exportErrors[0] } else { 'The export returned no result.' }) }
    # A summary line on standard output, for the task's log.
    $requests = $result.RequestStatistics
    ('{0:u} exported {1} new conversation(s) ({2} in file, {3}/{4} windows, {5:N1} s) to {6}; {7} requests, {8} retries, {9} answered 429, rate limit left down to {10}' -f
        [DateTime]::UtcNow, $result.RecordsWritten, $result.RecordsInFile, ($result.WindowsCompleted + $result.WindowsSkipped),
        $result.WindowsTotal, $result.Duration.TotalSeconds, $result.Path, $requests.Requests, $requests.Retries,
        $requests.RateLimited, $(if ($null -eq $requests.LowestRateLimitRemaining) { 'n/a' } else { $requests.LowestRateLimitRemaining }))

    if ($result.RecordsRejected -gt 0) {
        [Console]::Error.WriteLine("$($result.RecordsRejected) conversation(s) could not be written; the errors above name them.")
    }
    if (-not $result.Complete) {
        [Console]::Error.WriteLine("Export incomplete: windows failed: $($result.FailedRanges -join ', '). The next run fetches them again.")
        exit 2
    }
    exit 0
}
catch {
    [Console]::Error.WriteLine("Export failed: $($_.Exception.Message)")
    exit 1
}
finally {
    # The report is most useful when the run went wrong, so it is written whatever happened (once connected).
    $connected = try { [bool](Get-IntercomConnection -ErrorAction Stop) } catch { $false }
    if ($ReportPath -and $connected) {
        try { Export-IntercomApiReport -Path $ReportPath -ErrorAction Stop | Out-Null }
        catch { [Console]::Error.WriteLine("Could not write the report: $($_.Exception.Message)") }
    }
    if (Get-Command Disconnect-Intercom -ErrorAction Ignore) { Disconnect-Intercom -ErrorAction Ignore }
}
