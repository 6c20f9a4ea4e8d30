#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Issue 16, exports: one writer per file, overlapping incremental runs, one bad item, CSV formula escaping; and
# change cmdlets deciding from the server rather than the session cache. Real pwsh, sandbox workspace.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    $since = '2026-01-01T00:00:00Z'
    $until = '2026-01-21T00:00:00Z'
    $folder = Join-Path ([IO.Path]::GetTempPath()) ('ipspester-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    $sandboxSettings = @{ ConversationCount = 800; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z' }

    function Import-CsvById([string] $Path) {
        $rows = @{}
        Import-Csv -LiteralPath $Path | ForEach-Object { $rows[$_.id] = $_ }
        $rows
    }

    function Get-SandboxTruth([string] $From, [string] $To) {
        @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn([DateTimeOffset]$From, [DateTimeOffset]$To))
    }
}

AfterAll {
    Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Export-Intercom*: one writer per file' {
    It 'refuses a run while another process writes the file, naming its pid, and the writer killed mid-run does not block the resume' {
        $token = 'pester-lock-token-' + [guid]::NewGuid().ToString('N')
        $connection = Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru -SandboxSettings @{
            AccessToken = $token; ConversationCount = 2500; Latency = [TimeSpan]::FromMilliseconds(20)
            RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z'
        }
        $path = Join-Path $folder 'two-processes.jsonl'
        $checkpoint = "$path.checkpoint.json"
        $command = "Import-Module '$manifest'; Connect-Intercom -BaseUri '$($connection.BaseUri.AbsoluteUri)' -RetryDelaySec 0; " +
                   "Export-IntercomConversation -Path '$path' -Since '$since' -Until '$until' -ChunkDays 1 -PageSize 25 | Out-Null"
        $child = Start-ChildPwsh -Command $command -Environment @{ INTERCOM_ACCESS_TOKEN = $token }
        try {
            $deadline = [DateTime]::UtcNow.AddMinutes(3)
            while ((Get-WindowsDone $checkpoint) -lt 2 -and -not $child.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $child.HasExited | Should -BeFalse -Because 'the child export must still be writing'

            $result = Export-IntercomConversation -Path $path -Since $since -Until $until -Force -ErrorVariable refused -ErrorAction SilentlyContinue
            $resume = Export-IntercomConversation -Path $path -Resume -ErrorVariable refusedResume -ErrorAction SilentlyContinue

            $result | Should -BeNullOrEmpty
            $resume | Should -BeNullOrEmpty
            $refused.Count | Should -Be 1
            $refused[0].Exception.Message | Should -BeLike "Another export is writing '$path' (pid $($child.Id))*"
            $refused[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
            $refusedResume[0].Exception.Message | Should -BeLike 'Another export is writing*'
            Test-Path $checkpoint | Should -BeTrue -Because 'a refused -Force run must not delete the checkpoint'
            @(Get-ChildItem -LiteralPath $folder -Filter '*.tmp').Count | Should -BeLessOrEqual 1
        }
        finally {
            if (-not $child.HasExited) { $child.Kill($true) }
            $child.WaitForExit()
        }
        # Killed: its lock file stays, the OS lock went with the process.
        Test-Path "$path.lock" | Should -BeTrue

        $final = Export-IntercomConversation -Path $path -Resume -ErrorAction Stop

        $final.Complete | Should -BeTrue
        $final.WindowsSkipped | Should -BeGreaterThan 0
        $ids = Get-JsonLinesId $path
        $truth = Get-SandboxTruth $since $until
        $ids.Count | Should -Be $truth.Count
        @($ids | Sort-Object -Unique).Count | Should -Be $truth.Count
        @(Compare-Object $truth $ids).Count | Should -Be 0
        ([IO.File]::ReadAllText($path) + [IO.File]::ReadAllText($checkpoint)) | Should -Not -Match $token
    }
}

Describe 'Export-IntercomConversation -Incremental -Overlap' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings $sandboxSettings }

    It 'exports a conversation created before the last high-water mark but indexed after that run, exactly once' {
        $path = Join-Path $folder 'daily.jsonl'
        $first = Export-IntercomConversation -Path $path -Incremental -Since $since -Until '2026-01-10T00:00:00Z' -ErrorAction Stop
        # Created four minutes before the first run's high-water mark, searchable only now.
        $late = (Get-IntercomConnection).Sandbox.AddConversation([DateTimeOffset]'2026-01-09T23:56:00Z')
        # Created at the high-water mark itself: outside the first run's [Since, Until), inside the second's.
        $boundary = (Get-IntercomConnection).Sandbox.AddConversation([DateTimeOffset]'2026-01-10T00:00:00Z')

        $second = Export-IntercomConversation -Path $path -Incremental -Until '2026-01-12T00:00:00Z' -ErrorAction Stop
        $third = Export-IntercomConversation -Path $path -Incremental -Until '2026-01-13T00:00:00Z' -Overlap 120 -ErrorAction Stop

        $first.HighWaterMark | Should -Be ([DateTimeOffset]'2026-01-10T00:00:00Z')
        $second.Since | Should -Be ([DateTimeOffset]'2026-01-09T23:45:00Z')
        $second.Overlap | Should -Be ([TimeSpan]::FromMinutes(15))
        $third.Since | Should -Be ([DateTimeOffset]'2026-01-11T22:00:00Z')
        $third.DuplicatesSkipped | Should -BeGreaterThan 0
        $ids = Get-JsonLinesId $path
        @($ids | Where-Object { $_ -eq $late }).Count | Should -Be 1
        @($ids | Where-Object { $_ -eq $boundary }).Count | Should -Be 1
        $truth = Get-SandboxTruth $since '2026-01-13T00:00:00Z'
        $ids.Count | Should -Be $truth.Count
        @(Compare-Object $truth $ids).Count | Should -Be 0
    }

    It 'takes -Overlap as minutes, a TimeSpan string or a TimeSpan, and refuses a negative one' {
        $path = Join-Path $folder 'overlap-forms.jsonl'
        Export-IntercomConversation -Path $path -Incremental -Since $since -Until '2026-01-02T00:00:00Z' -ErrorAction Stop | Out-Null

        (Export-IntercomConversation -Path $path -Incremental -Until '2026-01-03T00:00:00Z' -Overlap '01:30:00').Since | Should -Be ([DateTimeOffset]'2026-01-01T22:30:00Z')
        (Export-IntercomConversation -Path $path -Incremental -Until '2026-01-04T00:00:00Z' -Overlap (New-TimeSpan -Hours 2)).Since | Should -Be ([DateTimeOffset]'2026-01-02T22:00:00Z')
        { Export-IntercomConversation -Path $path -Incremental -Overlap -5 -ErrorAction Stop } | Should -Throw '*negative*'
        { Export-IntercomConversation -Path $path -Incremental -Overlap 'soon' -ErrorAction Stop } | Should -Throw '*not a span of time*'
    }
}

Describe 'Export-Intercom* -Filter' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 3000; ContactCount = 2000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z' }
    }

    It 'writes exactly what Where-Object keeps of the same objects: <Name>' -ForEach @(
        @{
            Name = 'conversations, chunked and in parallel'
            Export = { param($path, $a, $b) Export-IntercomConversation -Path $path -Since $since -Until $until -ChunkDays 2 -ThrottleLimit 3 -Filter { $_.State -eq 'open' -and $_.CreatedAt -ge $a -and $_.CreatedAt -lt $b } -ErrorAction Stop }
            Expected = { param($a, $b) Get-IntercomConversation | Where-Object { $_.State -eq 'open' -and $_.CreatedAt -ge $a -and $_.CreatedAt -lt $b } | ForEach-Object Id }
        }
        @{
            Name = 'contacts, by their API field names'
            Export = { param($path, $a, $b) Export-IntercomContact -Path $path -Since '2020-01-01T00:00:00Z' -Until $until -ChunkDays 200 -Filter { $_.role -eq 'user' -and $_.created_at -gt $a } -ErrorAction Stop }
            Expected = { param($a, $b) Get-IntercomContact | Where-Object { $_.Role -eq 'user' -and $_.CreatedAt -gt $a -and $_.CreatedAt -lt [DateTimeOffset]$until } | ForEach-Object Id }
        }
    ) {
        $path = Join-Path $folder ('filtered-' + [guid]::NewGuid().ToString('N') + '.jsonl')
        $a = [DateTimeOffset]'2026-01-03T07:30:15Z'
        $b = [DateTimeOffset]'2026-01-20T16:45:00Z'
        $null = & $Export $path $a $b
        $expected = @(& $Expected $a $b)
        $ids = Get-JsonLinesId $path

        $expected.Count | Should -BeGreaterThan 50
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
        @(Compare-Object $expected $ids).Count | Should -Be 0
    }
}

Describe 'Export-Intercom*: one bad item' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings $sandboxSettings }

    It 'reports a conversation whose timestamp a CSV cannot hold as a non-terminating error naming it, exports the rest, and resumes' {
        $sandbox = (Get-IntercomConnection).Sandbox
        $bad = $sandbox.ConversationIdsCreatedIn([DateTimeOffset]'2026-01-05T00:00:00Z', [DateTimeOffset]'2026-01-06T00:00:00Z')[0]
        $sandbox.SetConversationValues($bad, $null, 99999999999999) | Should -BeTrue
        $path = Join-Path $folder 'bad.csv'

        $result = Export-IntercomConversation -Path $path -Format Csv -Since $since -Until $until -ChunkDays 1 -ErrorVariable problems -ErrorAction SilentlyContinue
        $resumed = Export-IntercomConversation -Path $path -Format Csv -Resume -ErrorAction Stop
        $incremental = Export-IntercomConversation -Path $path -Format Csv -Incremental -Until '2026-01-25T00:00:00Z' -ErrorAction Stop

        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'ExportItemRejected*'
        $problems[0].Exception.Message | Should -BeLike "*$bad*snoozed_until*"
        $result.Complete | Should -BeTrue
        $result.RecordsRejected | Should -Be 1
        $resumed.Complete | Should -BeTrue
        $incremental.Complete | Should -BeTrue
        $rows = @(Import-Csv -LiteralPath $path)
        $truth = @(Get-SandboxTruth $since '2026-01-25T00:00:00Z' | Where-Object { $_ -ne $bad })
        $rows.Count | Should -Be $truth.Count
        @(Compare-Object $truth $rows.id).Count | Should -Be 0
    }
}

Describe 'Export-Intercom* -Format Csv: formula escaping' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings $sandboxSettings
        $sandbox = (Get-IntercomConnection).Sandbox
        $ids = $sandbox.ConversationIdsCreatedIn([DateTimeOffset]'2026-01-02T00:00:00Z', [DateTimeOffset]'2026-01-03T00:00:00Z')
        $titles = @('=HYPERLINK("http://evil.test","click")', '+SUM(1,2)', '-1+2', '@cmd', "`tTab", 'safe title')
        for ($i = 0; $i -lt $titles.Count; $i++) { $sandbox.SetConversationValues($ids[$i], $titles[$i], $null) | Out-Null }
    }

    It 'prefixes text a spreadsheet would run with a single quote' {
        $path = Join-Path $folder 'escaped.csv'
        Export-IntercomConversation -Path $path -Format Csv -Since '2026-01-02T00:00:00Z' -Until '2026-01-03T00:00:00Z' -ErrorAction Stop | Out-Null
        $rows = Import-CsvById $path

        $rows[$ids[0]].title | Should -BeExactly "'=HYPERLINK(`"http://evil.test`",`"click`")"
        $rows[$ids[1]].title | Should -BeExactly "'+SUM(1,2)"
        $rows[$ids[2]].title | Should -BeExactly "'-1+2"
        $rows[$ids[3]].title | Should -BeExactly "'@cmd"
        $rows[$ids[4]].title | Should -BeExactly "'`tTab"
        $rows[$ids[5]].title | Should -BeExactly 'safe title'
        $rows.Values | Where-Object { $_.time_to_admin_reply } | ForEach-Object { $_.time_to_admin_reply | Should -Match '^-?\d+$' }
    }

    It 'writes raw values with -NoFormulaEscape, and refuses the switch without -Format Csv' {
        $path = Join-Path $folder 'raw.csv'
        Export-IntercomConversation -Path $path -Format Csv -NoFormulaEscape -Since '2026-01-02T00:00:00Z' -Until '2026-01-03T00:00:00Z' -ErrorAction Stop | Out-Null
        $rows = Import-CsvById $path

        for ($i = 0; $i -lt $titles.Count; $i++) { $rows[$ids[$i]].title | Should -BeExactly $titles[$i] }
        { Export-IntercomConversation -Path (Join-Path $folder 'raw.jsonl') -NoFormulaEscape -Since $since -ErrorAction Stop } | Should -Throw '*-Format Csv*'
    }
}

Describe 'Change cmdlets decide from the server, not the session cache' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings $sandboxSettings }

    It 'closes a conversation that was cached closed and reopened elsewhere since' {
        $conversation = Get-IntercomConversation -Since $since -Until $until | Where-Object State -eq 'closed' | Select-Object -First 1
        $id = $conversation.Id
        Get-IntercomConversation -Id $id | Out-Null           # cached, closed
        $admin = (Get-IntercomConnection).Admin.Id
        # Reopened by someone else: the session cache does not know.
        Invoke-IntercomRequest POST "/conversations/$id/parts" @{ message_type = 'open'; admin_id = $admin } | Out-Null
        (Get-IntercomConnection).Sandbox.ConversationState($id) | Should -Be 'open'

        Close-IntercomConversation -Id $id -InformationVariable summary -Confirm:$false

        (Get-IntercomConnection).Sandbox.ConversationState($id) | Should -Be 'closed'
        ($summary | Where-Object { $_.Tags -contains 'Summary' }).MessageData.Changed | Should -Be 1
    }

    It 'hands out cached objects a caller cannot change for the next caller' {
        $id = (Get-IntercomConversation -Since $since -Until $until -First 1).Id
        $first = Get-IntercomConversation -Id $id
        $state = $first.State
        $first.State = 'tampered'
        $first.Title = 'tampered'

        $second = Get-IntercomConversation -Id $id

        $second.State | Should -Be $state
        $second.Title | Should -Not -Be 'tampered'
        (Get-IntercomCacheStatistic).Hits | Should -BeGreaterThan 0
    }
}
