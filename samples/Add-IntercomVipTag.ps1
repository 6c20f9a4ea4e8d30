<#
.SYNOPSIS
    Tags the contacts of large paying accounts as VIP: previews the change first, then applies it.
.DESCRIPTION
    Finds the users on the given plans with at least -MinimumSeats seats (server-side, through -Filter), shows what
    Add-IntercomTag would change with -WhatIf, and applies it only when the script itself is not run with -WhatIf.
    Tagging is idempotent: contacts that already carry the tag are counted as unchanged, so the script can be run
    again safely. The summary (changed, unchanged, failed) is returned as an object.
.EXAMPLE
    ./samples/Add-IntercomVipTag.ps1 -Sandbox -WhatIf
    Shows which contacts would be tagged, and changes nothing.
.EXAMPLE
    ./samples/Add-IntercomVipTag.ps1 -Sandbox -TagName 'Key account' -Plan enterprise -MinimumSeats 200
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $TagName = 'VIP',

    [string[]] $Plan = @('pro', 'enterprise'),

    [int] $MinimumSeats = 100,

    # Uses the built-in sandbox workspace instead of the session's connection.
    [switch] $Sandbox
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module IntercomPS)) { Import-Module (Join-Path (Split-Path $PSScriptRoot) 'IntercomPS.psd1') }
if ($Sandbox) { Connect-Intercom -Sandbox }

$filter = { $_.role -eq 'user' -and $_.custom_attributes.plan -in $Plan -and $_.custom_attributes.seats -ge $MinimumSeats }
$PSCmdlet.WriteVerbose("Query: " + (Search-IntercomContact -Filter $filter -ShowQuery))

# 1. Preview: -WhatIf names every contact and the change, and sends nothing.
Search-IntercomContact -Filter $filter | Add-IntercomTag -Name $TagName -WhatIf

# 2. Apply, unless the script was run with -WhatIf. Failures are non-terminating: the rest are still tagged.
if ($PSCmdlet.ShouldProcess("contacts matching the filter", "Add the tag '$TagName'")) {
    $summary = $null
    Search-IntercomContact -Filter $filter |
        Add-IntercomTag -Name $TagName -ThrottleLimit 5 -ErrorAction Continue -InformationVariable info -InformationAction SilentlyContinue
    foreach ($record in $info) {
        if ($record.Tags -contains 'Summary') { $summary = $record.MessageData }
    }
    $summary
}
