<#
.SYNOPSIS
    A 30-day conversation export against the sandbox with injected 429s and 5xx, logged and reported: compares the
    request log's line count with the requests the server saw, and writes the HTML report (and a screenshot of it when
    headless Chromium is installed).

.EXAMPLE
    dotnet pwsh -NoProfile -File bench/ObservedExport.ps1 -OutFolder /tmp/observed
#>
param(
    [Parameter(Mandatory)] [string] $OutFolder,
    [double] $ServerErrorRate = 0.05,
    [int] $RateLimitEvery = 12,
    [int] $LatencyMs = 120,
    [int] $PageSize = 25,
    [int] $ThrottleLimit = 2
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module (Join-Path (Split-Path $PSScriptRoot -Parent) 'IntercomPS.psd1')
New-Item -ItemType Directory -Force $OutFolder | Out-Null
$log = Join-Path $OutFolder 'requests.jsonl'
$report = Join-Path $OutFolder 'report.html'
Remove-Item $log, $report -ErrorAction Ignore

Connect-Intercom -Sandbox -SandboxTransport Loopback -RequestLogPath $log -RetryDelaySec 0.5 -MaxRateLimitWaitSec 2 -SandboxSettings @{
    ServerErrorRate = $ServerErrorRate; RateLimitEvery = $RateLimitEvery; Latency = [TimeSpan]::FromMilliseconds($LatencyMs)
}
$sandbox = (Get-IntercomConnection).Sandbox
$result = Export-IntercomConversation -Path (Join-Path $OutFolder 'conversations.jsonl') -Since ([DateTime]::UtcNow.AddDays(-30)) -ChunkDays 1 `
    -ThrottleLimit $ThrottleLimit -PageSize $PageSize -Force
$file = Export-IntercomApiReport -Path $report
$lines = @(Get-Content $log)
$parsed = @($lines | ForEach-Object { $_ | ConvertFrom-Json })
[pscustomobject]@{
    RecordsWritten      = $result.RecordsWritten
    Complete            = $result.Complete
    Duration            = $result.Duration
    ServerSawRequests   = $sandbox.Log.TotalCount
    ServerAnswered429   = $sandbox.Log.CountStatus(429)
    ServerAnswered5xx   = (500, 502, 503 | ForEach-Object { $sandbox.Log.CountStatus($_) } | Measure-Object -Sum).Sum
    LogLines            = $lines.Count
    LogLinesParsed      = $parsed.Count
    LogRetries          = @($parsed | Where-Object attempt -gt 1).Count
    ExportRunRequests   = $result.RequestStatistics.Requests
    LowestRemaining     = $result.RequestStatistics.LowestRateLimitRemaining
    Report              = $file.FullName
}
Disconnect-Intercom

$chromium = @('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome') | Where-Object { Test-Path $_ } | Select-Object -First 1
if ($chromium) {
    $profile = Join-Path ([IO.Path]::GetTempPath()) ('ips-chromium-' + [Guid]::NewGuid().ToString('N'))
    & $chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update `
        --disable-sync "--user-data-dir=$profile" "--screenshot=$(Join-Path $OutFolder 'report.png')" --window-size=1280,2000 "file://$report" 2>$null | Out-Null
    Remove-Item -Recurse -Force $profile -ErrorAction Ignore
}
