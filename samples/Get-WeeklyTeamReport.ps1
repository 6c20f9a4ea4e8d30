<#
.SYNOPSIS
    Counts the conversations created in the last N days per assigned team, by state.
.DESCRIPTION
    Streams the week's conversations with -ChunkDays 1 (parallel one-day windows, de-duplicated by id) and
    resolves each assigned team once through the session cache (-ExpandAssignee), so the report costs one search
    page per 150 conversations plus one request for the team list.
    Run it against the built-in sandbox with -Sandbox, or after Connect-Intercom against a real workspace.
.EXAMPLE
    ./samples/Get-WeeklyTeamReport.ps1 -Sandbox
.EXAMPLE
    Connect-Intercom -AccessToken $env:INTERCOM_ACCESS_TOKEN -Region EU
    ./samples/Get-WeeklyTeamReport.ps1 -Days 14 | Export-Csv teams.csv -NoTypeInformation
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 366)]
    [int] $Days = 7,

    # Uses the built-in sandbox workspace instead of the session's connection.
    [switch] $Sandbox
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module IntercomPS)) { Import-Module (Join-Path (Split-Path $PSScriptRoot) 'IntercomPS.psd1') }
if ($Sandbox) { Connect-Intercom -Sandbox }

$until = [DateTimeOffset]::UtcNow
$since = $until.AddDays(-$Days)
$rows = @{}
Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 -ExpandAssignee | ForEach-Object {
    $team = if ($_.AssignedTeam) { $_.AssignedTeam.Name } else { '(unassigned)' }
    if (-not $rows.ContainsKey($team)) {
        $rows[$team] = [ordered]@{ Team = $team; Open = 0; Snoozed = 0; Closed = 0; Total = 0 }
    }
    $row = $rows[$team]
    switch ($_.State) {
        'open' { $row.Open++ }
        'snoozed' { $row.Snoozed++ }
        'closed' { $row.Closed++ }
    }
    $row.Total++
}

foreach ($team in @($rows.Keys | Where-Object { $_ })) {
    $row = $rows[$team]
    $row.Since = $since
    $row.Until = $until
    [pscustomobject]$row
}
