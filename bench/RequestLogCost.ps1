<#
.SYNOPSIS
    Measures what the per-request log (Connect-Intercom -RequestLogPath) adds to each request.

.DESCRIPTION
    Two measures, in real pwsh, against the in-process sandbox (no network, so the log's cost is not hidden by latency):
    1. The append alone: RequestLog.Append of a typical record, N times, per call (formatting + one write call).
    2. End to end: the same loop of requests through the module with and without -RequestLogPath, in alternating
       rounds; the median per-request difference.
    Prints a small table; numbers depend on the machine and its load.

.EXAMPLE
    dotnet pwsh -NoProfile -File bench/RequestLogCost.ps1 -Requests 2000 -Rounds 5
#>
param(
    [int] $Appends = 100000,
    [int] $Requests = 2000,
    [int] $Rounds = 5
)
$ErrorActionPreference = 'Stop'
$repo = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $repo 'IntercomPS.psd1')
$folder = Join-Path ([IO.Path]::GetTempPath()) ('ips-logcost-' + [Guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory $folder | Out-Null
try {
    # 1. The append alone, on the engine's types (loaded by the module).
    $engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IntercomPS.Engine' } | Select-Object -First 1
    $logType = $engine.GetType('IntercomPS.Engine.Diagnostics.RequestLog')
    $recordType = $engine.GetType('IntercomPS.Engine.Transport.RequestRecord')
    $limitType = $engine.GetType('IntercomPS.Engine.Transport.RateLimitSnapshot')
    $limit = $limitType::new(10000, 1600, [DateTimeOffset]::UtcNow.AddSeconds(8))
    $record = $recordType::new('POST', '/conversations/search', 'POST /conversations/search', 200, [TimeSpan]::FromMilliseconds(148.35), 1, $limit,
        105591, $null, [DateTimeOffset]::UtcNow, 'f7ad0fd1-40f2-4b31-ad67-63ffb6dca763', $null)
    # The loop runs in compiled code: a PowerShell loop's own method-call overhead would dwarf the append.
    Add-Type -TypeDefinition @"
using System;
using System.Diagnostics;
using System.Linq.Expressions;
public static class RequestLogCostLoop
{
    public static double MicrosecondsPerCall(object log, object record, int calls)
    {
        var append = log.GetType().GetMethod("Append");
        var argument = Expression.Parameter(typeof(object));
        var call = Expression.Lambda<Action<object>>(
            Expression.Call(Expression.Constant(log), append, Expression.Convert(argument, append.GetParameters()[0].ParameterType)), argument).Compile();
        for (var i = 0; i < 1000; i++) call(record);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++) call(record);
        return watch.Elapsed.TotalMilliseconds * 1000 / calls;
    }
}
"@
    $log = $logType::Open((Join-Path $folder 'append.jsonl'))
    $appendUs = [RequestLogCostLoop]::MicrosecondsPerCall($log, $record, $Appends)
    $log.Dispose()
    $lineBytes = (Get-Item (Join-Path $folder 'append.jsonl')).Length / ($Appends + 1000)

    # 2. End to end, alternating with and without the log so machine load hits both alike.
    function Measure-Round([string] $LogPath) {
        $connect = @{ Sandbox = $true }
        if ($LogPath) { $connect.RequestLogPath = $LogPath }
        Connect-Intercom @connect
        Invoke-IntercomRequest GET teams | Out-Null
        $watch = [Diagnostics.Stopwatch]::StartNew()
        for ($i = 0; $i -lt $Requests; $i++) { Invoke-IntercomRequest GET teams | Out-Null }
        $watch.Stop()
        Disconnect-Intercom
        $watch.Elapsed.TotalMilliseconds * 1000 / $Requests
    }
    $without = @(); $with = @()
    for ($round = 0; $round -lt $Rounds; $round++) {
        $without += Measure-Round $null
        $with += Measure-Round (Join-Path $folder "round$round.jsonl")
    }
    $median = { param($values) $sorted = $values | Sort-Object; $sorted[[int][Math]::Floor($sorted.Count / 2)] }
    $medianWithout = & $median $without
    $medianWith = & $median $with

    [pscustomobject]@{ Measure = 'RequestLog.Append, per call'; Value = '{0:N2} us' -f $appendUs; Detail = "$Appends appends, {0:N0} bytes per line" -f $lineBytes }
    [pscustomobject]@{ Measure = 'Request without log (median of rounds)'; Value = '{0:N1} us' -f $medianWithout; Detail = "$Requests x Invoke-IntercomRequest GET teams, in-process sandbox, $Rounds rounds" }
    [pscustomobject]@{ Measure = 'Request with log (median of rounds)'; Value = '{0:N1} us' -f $medianWith; Detail = 'same, with Connect-Intercom -RequestLogPath' }
    [pscustomobject]@{ Measure = 'Added per request'; Value = '{0:N1} us' -f ($medianWith - $medianWithout); Detail = 'difference of the medians (noise of a few us on a loaded machine)' }
}
finally {
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
}
