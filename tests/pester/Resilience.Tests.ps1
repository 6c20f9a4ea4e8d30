#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Reading under the sandbox's fault injection in real PowerShell: issue 3's failing-window rule and issue 4's
# exact truth set under 5xx answers, dropped connections and 429 bursts.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop

    # A window's query asks for created_at > start - 1 s; only that window's request body carries this number.
    function Get-WindowMarker([DateTimeOffset] $Start) { [string]($Start.ToUnixTimeSeconds() - 1) }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomConversation -Since -Until when a window keeps failing' {
    It 'is one non-terminating error naming its range, with a warning, and the other windows arrive' {
        $marker = Get-WindowMarker ([DateTimeOffset]'2026-01-10T00:00:00Z')
        Connect-Intercom -Sandbox -SandboxSettings @{ FailRequestsContaining = $marker } -MaxRetries 1 -RetryDelaySec 0
        $since = [DateTimeOffset]'2026-01-05T00:00:00Z'
        $until = [DateTimeOffset]'2026-01-15T00:00:00Z'
        $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue |
                ForEach-Object Id)
        $sandbox = (Get-IntercomConnection).Sandbox
        $expected = @($sandbox.ConversationIdsCreatedIn($since, [DateTimeOffset]'2026-01-10T00:00:00Z')) +
            @($sandbox.ConversationIdsCreatedIn([DateTimeOffset]'2026-01-11T00:00:00Z', $until))

        (Get-OrdinalSorted $ids) | Should -Be (Get-OrdinalSorted $expected)
        $failures.Count | Should -Be 1
        $failures[0].TargetObject.ToString() | Should -Be '2026-01-10T00:00:00Z..2026-01-11T00:00:00Z'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].Exception.Message | Should -BeLike "*-Since '2026-01-10*"
        @($warned | Where-Object { $_.Message -like '*2026-01-10T00:00:00Z..2026-01-11T00:00:00Z*' }).Count | Should -BeGreaterThan 0
    }

    It 'with -ErrorAction Stop, is terminating and names its range' {
        $marker = Get-WindowMarker ([DateTimeOffset]'2026-01-06T00:00:00Z')
        Connect-Intercom -Sandbox -SandboxSettings @{ FailRequestsContaining = $marker } -MaxRetries 0
        $failure = $null
        try { Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-08T00:00:00Z' -ChunkDays 1 -ErrorAction Stop | ForEach-Object Id } catch { $failure = $_ }
        $failure | Should -Not -BeNullOrEmpty
        $failure.ToString() | Should -BeLike '*2026-01-06T00:00:00Z..2026-01-07T00:00:00Z*'
    }
}

Describe 'Get-IntercomConversation -Since -Until under 5xx, dropped connections and 429 bursts' {
    It 'returns exactly the truth set, and every fault was retried' {
        Connect-Intercom -Sandbox -RetryDelaySec 0 -MaxRetries 8 -MaxRateLimitWaitSec 1 -SandboxSettings @{
            ConversationCount = 50000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-02-01T00:00:00Z'
            ServerErrorRate = 0.1; DropConnectionRate = 0.02; RateLimitEvery = 97; Seed = 11
        }
        $since = [DateTimeOffset]'2026-01-01T00:00:00Z'
        $until = [DateTimeOffset]'2026-01-31T00:00:00Z'
        $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 8 -ErrorAction Stop | ForEach-Object Id)
        $sandbox = (Get-IntercomConnection).Sandbox
        $total = Get-IntercomApiStatistic | Where-Object Route -eq '(all routes)'
        $truth = @($sandbox.ConversationIdsCreatedIn($since, $until))
        $serverErrors = $sandbox.Log.CountStatus(500) + $sandbox.Log.CountStatus(502) + $sandbox.Log.CountStatus(503)
        $rateLimited = $sandbox.Log.CountStatus(429)
        $dropped = $sandbox.Log.CountStatus(0)

        $truth.Count | Should -BeGreaterThan 40000
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
        (Get-OrdinalSorted $ids) | Should -Be (Get-OrdinalSorted $truth)
        $serverErrors | Should -BeGreaterThan 0
        $rateLimited | Should -BeGreaterThan 0
        $dropped | Should -BeGreaterThan 0
        $total.Retries | Should -Be ($serverErrors + $rateLimited + $dropped)
    }
}
