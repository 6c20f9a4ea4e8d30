#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The request log, the statistics read from it and the HTML run report, as a user sees them in real pwsh.

BeforeAll {
    $repo = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
    $manifest = Join-Path $repo 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    $work = Join-Path ([IO.Path]::GetTempPath()) ("ips-observe-" + [Guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $work | Out-Null
    $secret = 'tok_SECRET_observe_4b1d'

    function Read-LogLines([string] $Path) {
        # Every line must be a complete JSON object; ConvertFrom-Json throws on a torn one.
        $text = [IO.File]::ReadAllText($Path)
        if ($text.Length -gt 0 -and -not $text.EndsWith("`n")) { throw "The log '$Path' ends in the middle of a line." }
        @($text.Split("`n") | Where-Object { $_ } | ForEach-Object { $_ | ConvertFrom-Json -ErrorAction Stop })
    }

    # A child PowerShell that imports the module: pwsh itself, or 'dotnet pwsh.dll' when run as a dotnet tool.
    function Start-ChildPwsh([string] $Script) {
        $file = Join-Path $work ("child-" + [Guid]::NewGuid().ToString('N') + '.ps1')
        Set-Content -Path $file -Value $Script
        $info = [Diagnostics.ProcessStartInfo]::new([Environment]::ProcessPath)
        if ([IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { $info.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
        foreach ($argument in '-NoProfile', '-NonInteractive', '-File', $file) { $info.ArgumentList.Add($argument) }
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.UseShellExecute = $false
        [Diagnostics.Process]::Start($info)
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

Describe 'Connect-Intercom -RequestLogPath' {
    BeforeAll {
        $log = Join-Path $work 'export-requests.jsonl'
        # 30 days with injected 5xx answers and every 6th request answered 429.
        Connect-Intercom -Sandbox -RequestLogPath $log -RetryDelaySec 0 -MaxRateLimitWaitSec 0.5 -SandboxSettings @{
            AccessToken = $secret; ServerErrorRate = 0.08; RateLimitEvery = 6; Seed = 3
        }
        $sandbox = (Get-IntercomConnection).Sandbox
        $result = Export-IntercomConversation -Path (Join-Path $work 'conversations.jsonl') -Since ([DateTime]::UtcNow.AddDays(-30)) -ChunkDays 1 -ThrottleLimit 4 -Force
        Get-IntercomConversation -Id 999999999 -ErrorAction SilentlyContinue
        Invoke-IntercomRequest GET contacts -Query @{ email = 'ada.private@example.com' } | Out-Null
        $lines = Read-LogLines $log
    }

    It 'writes one complete JSON line per request the server saw, retries included' {
        $result.Complete | Should -BeTrue
        $lines.Count | Should -Be $sandbox.Log.TotalCount
        @($lines | Where-Object attempt -gt 1).Count | Should -BeGreaterThan 0
        @($lines | Where-Object status -eq 429).Count | Should -Be $sandbox.Log.CountStatus(429)
    }

    It 'holds time, method, route template, status, duration, attempt, retry reason, rate limit, bytes and request id' {
        $retry = $lines | Where-Object { $_.attempt -gt 1 -and $_.status -eq 200 } | Select-Object -First 1
        $retry.method | Should -Be 'POST'
        $retry.route | Should -Be 'POST /conversations/search'
        $retry.retryReason | Should -Match '^(429 Too Many Requests|50[023] )'
        $retry.durationMs | Should -BeGreaterOrEqual 0
        $retry.rateLimitLimit | Should -BeGreaterThan 0
        $retry.rateLimitRemaining | Should -Not -BeNullOrEmpty
        [DateTimeOffset]::Parse($retry.rateLimitReset) | Should -BeGreaterThan ([DateTimeOffset]::UtcNow.AddMinutes(-5))
        $retry.bytes | Should -BeGreaterThan 0
        $retry.requestId | Should -Not -BeNullOrEmpty
        [DateTimeOffset]::Parse($retry.time).Offset | Should -Be ([TimeSpan]::Zero)
        ($lines | Where-Object { $_.status -eq 404 }).route | Should -Be 'GET /conversations/{conversation_id}'
    }

    It 'never holds the token, a body, an id in a path or a query value' {
        $text = Get-Content -Raw $log
        $text | Should -Not -Match $secret
        $text | Should -Not -Match '999999999'
        $text | Should -Not -Match 'ada\.private'
        $text | Should -Not -Match '"query"|"body"|conversation_parts'
    }

    It 'puts the run''s own request statistics into the export result' {
        $exportLines = @($lines | Where-Object route -eq 'POST /conversations/search')
        $result.RequestStatistics.Requests | Should -Be $exportLines.Count
        $result.RequestStatistics.Retries | Should -Be @($exportLines | Where-Object attempt -gt 1).Count
        $result.RequestStatistics.RateLimited | Should -Be @($exportLines | Where-Object status -eq 429).Count
        ($result | Format-List | Out-String) | Should -Match 'Requests\s*:\s*\d+ \(\d+ retries, \d+ answered 429'
    }

    It 'leaves -Verbose as it was' {
        $verbose = Get-IntercomTeam -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'GET /teams -> 200 in \d+ ms \(attempt 1'
    }

    It 'refuses a log in a missing folder with a message that says what to do' {
        { Connect-Intercom -Sandbox -RequestLogPath (Join-Path $work 'no/such/folder/requests.jsonl') -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*does not exist*-RequestLogPath*'
    }
}

Describe 'Get-IntercomApiStatistic' {
    BeforeAll {
        $log = Join-Path $work 'stats-requests.jsonl'
        Connect-Intercom -Sandbox -RequestLogPath $log -RetryDelaySec 0 -MaxRateLimitWaitSec 0.5 -SandboxSettings @{ ServerErrorRate = 0.1; Seed = 5 }
        Get-IntercomContact -First 400 -PageSize 20 | Out-Null
        1..5 | ForEach-Object { Get-IntercomTeam } | Out-Null
        $live = @(Get-IntercomApiStatistic)
        $logged = @(Get-IntercomApiStatistic -RequestLogPath $log)
    }

    It 'rounds latencies to 0.1 ms and adds P99, time span, rate and rate-limit headroom' {
        $total = $live | Where-Object Route -eq '(all routes)'
        foreach ($value in $total.P50Ms, $total.P95Ms, $total.P99Ms, $total.MaxMs) { [Math]::Round($value, 1) | Should -Be $value }
        $total.P99Ms | Should -BeGreaterOrEqual $total.P95Ms
        $total.TimeSpan | Should -BeGreaterThan ([TimeSpan]::Zero)
        $total.RequestsPerMinute | Should -BeGreaterThan 0
        $total.LowestRateLimitRemaining | Should -BeLessOrEqual $total.LastRateLimitRemaining
        ($live | Format-Table | Out-String -Width 200) | Should -Match 'P99 ms'
    }

    It 'reads a request log into the same numbers as the live connection' {
        $properties = 'Route', 'Requests', 'Errors', 'Retries', 'RateLimited', 'P50Ms', 'P95Ms', 'P99Ms', 'MaxMs', 'BytesReceived', 'LowestRateLimitRemaining', 'LastRateLimitRemaining'
        ($logged | Select-Object $properties | ConvertTo-Json) | Should -Be ($live | Select-Object $properties | ConvertTo-Json)
        ($logged | Where-Object Route -eq '(all routes)').Retries | Should -BeGreaterThan 0
    }

    It 'needs no connection to read a log, and takes files from the pipeline' {
        Disconnect-Intercom
        $fromPipe = @(Get-Item $log | Get-IntercomApiStatistic)
        $fromPipe[-1].Requests | Should -Be $logged[-1].Requests
    }

    It 'reports a missing log as a non-terminating error naming the file' {
        $missing = Join-Path $work 'missing.jsonl'
        Get-IntercomApiStatistic -RequestLogPath $missing -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'RequestLogNotFound*'
        $failed[0].Exception.Message | Should -BeLike "*$missing*"
    }
}

Describe 'Two processes sharing one request log' {
    It 'keeps every line of both, whole, while they append at the same time' {
        $log = Join-Path $work 'shared-requests.jsonl'
        $child = @"
Import-Module '$manifest'
Connect-Intercom -Sandbox -RequestLogPath '$log'
Get-IntercomContact -First 1500 -PageSize 10 | Out-Null
(Get-IntercomConnection).Sandbox.Log.TotalCount
"@
        $children = @(1, 2 | ForEach-Object { Start-ChildPwsh $child })
        $seen = foreach ($process in $children) {
            $output = $process.StandardOutput.ReadToEnd()
            $process.WaitForExit()
            $process.ExitCode | Should -Be 0 -Because $process.StandardError.ReadToEnd()
            [int]($output.Trim() -split "`n")[-1]
        }
        $lines = Read-LogLines $log
        $lines.Count | Should -Be (($seen | Measure-Object -Sum).Sum)
        @($lines.pid | Sort-Object -Unique).Count | Should -Be 2
        # The two ran at the same time: their lines are mixed, not one block after the other.
        $switches = 0
        for ($i = 1; $i -lt $lines.Count; $i++) { if ($lines[$i].pid -ne $lines[$i - 1].pid) { $switches++ } }
        $switches | Should -BeGreaterThan 1
    }
}

Describe 'A process killed while it logs' {
    It 'leaves only whole lines' {
        $log = Join-Path $work 'killed-requests.jsonl'
        $child = @"
Import-Module '$manifest'
Connect-Intercom -Sandbox -RequestLogPath '$log' -SandboxSettings @{ ServerErrorRate = 0.2 } -RetryDelaySec 0
while (`$true) { Get-IntercomContact -First 500 -PageSize 5 | Out-Null }
"@
        $process = Start-ChildPwsh $child
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(90)
            while (-not ((Test-Path $log) -and (Get-Item $log).Length -gt 40KB) -and [DateTime]::UtcNow -lt $deadline -and -not $process.HasExited) { Start-Sleep -Milliseconds 100 }
            $process.HasExited | Should -BeFalse -Because $(if ($process.HasExited) { $process.StandardError.ReadToEnd() })
            $process.Kill()
            $process.WaitForExit()
        }
        finally {
            if (-not $process.HasExited) { $process.Kill() }
        }
        $lines = Read-LogLines $log
        $lines.Count | Should -BeGreaterThan 50
        @($lines | Where-Object { -not $_.route -or -not $_.time }).Count | Should -Be 0
    }
}

Describe 'Export-IntercomApiReport' {
    BeforeAll {
        $log = Join-Path $work 'report-requests.jsonl'
        Connect-Intercom -Sandbox -RequestLogPath $log -RetryDelaySec 0 -MaxRateLimitWaitSec 0.5 -SandboxSettings @{ ServerErrorRate = 0.08; RateLimitEvery = 6; Seed = 11 }
        Export-IntercomConversation -Path (Join-Path $work 'report-conversations.jsonl') -Since ([DateTime]::UtcNow.AddDays(-30)) -ChunkDays 1 -ThrottleLimit 4 -Force | Out-Null
        $report = Join-Path $work 'report.html'
        $file = Export-IntercomApiReport -Path $report
        $html = Get-Content -Raw $report
    }

    It 'writes one self-contained HTML file and returns it' {
        $file | Should -BeOfType ([IO.FileInfo])
        $file.FullName | Should -Be $report
        $html | Should -Not -Match '<script|<link|@import|url\(|src=|href='
        $html | Should -Not -Match 'https?://(?!www\.w3\.org)'
        foreach ($id in 'summary', 'timeline-chart', 'remaining-line', 'latency-chart', 'causes-chart', 'routes') { $html | Should -Match "id=""$id""" }
        $html | Should -Match '429 Too Many Requests'
    }

    It 'builds the same report from the request log, without a connection' {
        Disconnect-Intercom
        $fromLog = Join-Path $work 'report-from-log.html'
        Export-IntercomApiReport -RequestLogPath $log -Path $fromLog | Out-Null
        $logged = Get-Content -Raw $fromLog
        # The live report counts the same requests; only the source and generation time differ.
        $strip = { param($text) $text -replace '<p class="meta">.*?</p>', '' }
        (& $strip $logged) | Should -Be (& $strip $html)
    }

    It 'writes nothing with -WhatIf' {
        $target = Join-Path $work 'whatif.html'
        Export-IntercomApiReport -RequestLogPath $log -Path $target -WhatIf
        Test-Path $target | Should -BeFalse
    }

    It 'renders in a real browser: every chart drawn with a real size, nothing overflowing the page' {
        $chromium = @('/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome') | Where-Object { Test-Path $_ } | Select-Object -First 1
        if (-not $chromium) {
            Set-ItResult -Skipped -Because 'headless Chromium is not installed here (CI installs the Debian package chromium)'
            return
        }
        # The report has no script; a harness page measures it in an iframe once the browser has laid it out.
        $harness = Join-Path $work 'harness.html'
        Set-Content -Path $harness -Value @"
<!DOCTYPE html><html><body><iframe id="r" src="report.html" style="width:1280px;height:2400px;border:0"></iframe>
<pre id="out">pending</pre>
<script>
document.getElementById('r').onload = function () {
  var d = this.contentDocument, out = [];
  ['timeline-chart', 'latency-chart', 'causes-chart'].forEach(function (id) {
    var box = d.getElementById(id).getBoundingClientRect();
    out.push(id + '=' + Math.round(box.width) + 'x' + Math.round(box.height));
  });
  var bars = Array.prototype.filter.call(d.querySelectorAll('rect.requests, rect.latency, rect.cause'), function (r) { var b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
  out.push('bars=' + bars.length + '/' + d.querySelectorAll('rect.requests, rect.latency, rect.cause').length);
  var line = d.getElementById('remaining-line').getBoundingClientRect();
  out.push('line=' + Math.round(line.width));
  out.push('overflow=' + (d.documentElement.scrollWidth > d.documentElement.clientWidth));
  document.getElementById('out').textContent = out.join(';');
};
</script></body></html>
"@
        $profile = Join-Path $work ('chromium-' + [Guid]::NewGuid().ToString('N'))
        $common = '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', "--user-data-dir=$profile", '--allow-file-access-from-files', '--virtual-time-budget=5000'
        $dom = & $chromium @common --dump-dom "file://$harness" 2>$null | Out-String
        $dom | Should -Match 'timeline-chart=(\d+)x(\d+)'
        $measured = @{}
        foreach ($m in [regex]::Matches($dom, '([a-z-]+)=(\d+)x(\d+)')) { $measured[$m.Groups[1].Value] = [int]$m.Groups[2].Value, [int]$m.Groups[3].Value }
        foreach ($chart in 'timeline-chart', 'latency-chart', 'causes-chart') {
            $measured[$chart][0] | Should -BeGreaterThan 600 -Because "$chart must span the page"
            $measured[$chart][1] | Should -BeGreaterThan 60 -Because "$chart must have height"
        }
        $dom | Should -Match 'bars=(\d+)/\1;'
        [int]([regex]::Match($dom, 'line=(\d+)').Groups[1].Value) | Should -BeGreaterThan 0
        $dom | Should -Match 'overflow=false'

        # And the screenshot a user would see is not blank: the PNG of a drawn page is far larger than an empty one.
        $shot = Join-Path $work 'report.png'
        & $chromium @common "--screenshot=$shot" '--window-size=1280,2000' "file://$report" 2>$null | Out-Null
        (Get-Item $shot).Length | Should -BeGreaterThan 40KB
    }
}
