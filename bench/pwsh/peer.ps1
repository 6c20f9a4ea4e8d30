# Peer of the IntercomPS benchmark: the built module in real pwsh, as a user's session runs it (started by the
# benchmark as `dotnet pwsh -NoProfile -NonInteractive -File bench/pwsh/peer.ps1 ...` from the repository root).
#
# Each mode warms up once (JIT, connections), then runs -Runs measured times. Around every measured run it prints a
# step line (BENCH-STEP {json}) and waits for an empty line on standard input, so that the benchmark can read the
# sandbox's request log between runs. A run's figures are its wall time, this process's CPU time
# (Process.TotalProcessorTime) and the bytes this process allocated ([GC]::GetTotalAllocatedBytes($true)).
param(
    [Parameter(Mandatory)] [ValidateSet('stream', 'integers', 'cache', 'memory', 'version')] [string] $Mode,
    [string] $Manifest,
    [string] $BaseUri,
    [string] $Token = 'sandbox',
    [long] $Since,
    [long] $Until,
    [int] $ChunkDays,
    [int] $ThrottleLimit,
    [ValidateSet('ForEach', 'Null')] [string] $Sink = 'ForEach',
    [int] $Runs = 5,
    [int] $Count,
    [string[]] $Ids,
    [int] $Every = 50000
)
$ErrorActionPreference = 'Stop'

function Write-Step([hashtable] $Data) {
    [Console]::Out.WriteLine('BENCH-STEP ' + ($Data | ConvertTo-Json -Compress -Depth 4))
    [Console]::Out.Flush()
    $null = [Console]::In.ReadLine()
}

# Times one run of the script block; its output is the count of objects it consumed.
function Measure-Run([scriptblock] $Run) {
    Write-Step @{ phase = 'start' }
    $process = [System.Diagnostics.Process]::GetCurrentProcess()
    $cpu = $process.TotalProcessorTime
    $allocated = [GC]::GetTotalAllocatedBytes($true)
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $n = & $Run
    $watch.Stop()
    $allocated = [GC]::GetTotalAllocatedBytes($true) - $allocated
    $process.Refresh()
    $cpu = ($process.TotalProcessorTime - $cpu).TotalSeconds
    Write-Step @{ phase = 'end'; count = [long]$n; seconds = $watch.Elapsed.TotalSeconds; cpuSeconds = $cpu; allocatedBytes = $allocated }
}

if ($Mode -eq 'version') {
    [Console]::Out.WriteLine('BENCH-RESULT ' + (@{ version = $PSVersionTable.PSVersion.ToString() } | ConvertTo-Json -Compress))
    return
}

if ($Manifest) { Import-Module $Manifest }
if ($BaseUri) { Connect-Intercom -AccessToken $Token -BaseUri $BaseUri }

$range = @{ Since = [DateTimeOffset]::FromUnixTimeSeconds($Since); Until = [DateTimeOffset]::FromUnixTimeSeconds($Until) }
if ($ChunkDays) { $range.ChunkDays = $ChunkDays }
if ($ThrottleLimit) { $range.ThrottleLimit = $ThrottleLimit }
$warmRange = @{ Since = $range.Since; Until = $range.Since.AddDays(1) }

switch ($Mode) {
    'stream' {
        # Only the parameters given: the default run is exactly what a user types. Into Out-Null nothing is
        # counted (-1): the benchmark knows the count from the other runs.
        $stream = if ($Sink -eq 'Null') {
            { Get-IntercomConversation @range | Out-Null; -1 }
        } else {
            { $n = 0; Get-IntercomConversation @range | ForEach-Object { $n++ }; $n }
        }
        $null = Get-IntercomConversation @warmRange | ForEach-Object { $_ }
        for ($i = 0; $i -lt $Runs; $i++) { Measure-Run $stream }
    }
    'integers' {
        # What ForEach-Object costs for as many plain objects: the part no client in PowerShell can avoid.
        $null = 1..1000 | ForEach-Object { $_ }
        for ($i = 0; $i -lt $Runs; $i++) { Measure-Run { $n = 0; [System.Linq.Enumerable]::Range(0, $Count) | ForEach-Object { $n++ }; $n } }
    }
    'cache' {
        # Cold then warm: the second pass must be served by the session cache.
        for ($i = 0; $i -lt 2; $i++) { Measure-Run { $n = 0; $Ids | Get-IntercomContact -ThrottleLimit $ThrottleLimit | ForEach-Object { $n++ }; $n } }
    }
    'memory' {
        [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
        Start-Sleep -Milliseconds 300
        $self = [System.Diagnostics.Process]::GetCurrentProcess()
        Write-Step @{ phase = 'idle'; pid = $PID; workingSet = $self.WorkingSet64; managed = [GC]::GetTotalMemory($true) }
        $samples = [System.Collections.Generic.List[long[]]]::new()
        Measure-Run {
            $n = 0
            Get-IntercomConversation @range | ForEach-Object {
                $n++
                if ($n % $Every -eq 0) { $samples.Add([long[]]@($n, [GC]::GetTotalMemory($true), [Environment]::WorkingSet)) }
            }
            $n
        }
        Write-Step @{ phase = 'samples'; samples = $samples.ToArray() }
    }
}
[Console]::Out.WriteLine('BENCH-RESULT {}')
