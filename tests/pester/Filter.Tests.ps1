#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Issue 6's "done when", in real PowerShell: against the sandbox, Search-* -Filter F returns exactly the ids that
# Where-Object F keeps from the full list (Get-* with no arguments). The very same script block runs on both sides:
# filters use the model's property names (CreatedAt, CustomAttributes.plan), which -Filter maps to Intercom's field
# names. Date bounds fall at odd times of day, so the contact search's whole-day comparison and the conversation
# search's inclusive or strict bounds are both exercised; ordering comparisons avoid fields that can be null, where
# PowerShell ($null -lt 5 is true) and Intercom (a missing value never matches) differ by design.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop

    Connect-Intercom -Sandbox -SandboxSettings @{
        ContactCount = 2000; ConversationCount = 2000
        RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-03-01T00:00:00Z'
    }
    # The filters below name these variables; -Filter reads them from the caller's scope, Where-Object too.
    $allContacts = @(Get-IntercomContact -ErrorAction Stop)
    $allConversations = @(Get-IntercomConversation -ErrorAction Stop)
    $since = [DateTimeOffset]'2026-01-20T13:17:42Z'
    $until = [DateTimeOffset]'2026-02-03T07:05:09Z'
    $early = [DateTimeOffset]'2026-01-08T05:00:00Z'
    $exactContact = $allContacts[17].CreatedAt
    $exactConversation = $allConversations[23].CreatedAt
    $someEmail = @($allContacts | Where-Object { $_.Email })[5].Email.ToUpperInvariant()
    $admins = @(@(Get-IntercomAdmin | ForEach-Object Id)[0..1])

    # The search must return exactly the ids Where-Object keeps, none twice; a filter that keeps nothing or
    # everything proves little.
    function Assert-SameIds {
        param([object[]] $Searched, [object[]] $Kept, [int] $Total)
        $Kept.Count | Should -BeGreaterOrEqual 1
        $Kept.Count | Should -BeLessOrEqual ($Total - 1)
        @($Searched | Sort-Object -Unique).Count | Should -Be $Searched.Count
        (Get-OrdinalSorted $Searched) | Should -Be (Get-OrdinalSorted $Kept)
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Search-IntercomContact -Filter against Where-Object' {
    It 'the workspace holds 2000 contacts and 2000 conversations' {
        $allContacts.Count | Should -Be 2000
        $allConversations.Count | Should -Be 2000
    }

    It 'returns exactly what Where-Object keeps: <Filter>' -ForEach @(
        @{ Filter = "`$_.Role -eq 'user' -and `$_.CreatedAt -ge `$since -and `$_.CreatedAt -lt `$until" }
        @{ Filter = "`$_.CustomAttributes.plan -in 'pro','enterprise' -and `$_.CustomAttributes.seats -gt 100" }
        @{ Filter = "`$_.Email -like '*@acme.test' -or `$_.Email -like '*@hooli.test'" }
        @{ Filter = "`$_.Name -like '*an*' -and `$_.CustomAttributes.plan -ne 'free'" }
        @{ Filter = "`$_.Email -notlike '*example*' -and `$_.Role -eq 'lead'" }
        @{ Filter = "(`$_.CreatedAt -gt `$since -and `$_.CustomAttributes.beta_tester -eq `$true) -or (`$_.CreatedAt -le `$early -and `$_.CustomAttributes.plan -notin 'free','starter')" }
        @{ Filter = "`$_.CreatedAt -ge `$since.AddDays(-3) -and `$_.CreatedAt -le `$since" }
        @{ Filter = "'pro','starter' -contains `$_.CustomAttributes.plan -and `$_.CustomAttributes.seats -le 10" }
        @{ Filter = "`$_.CreatedAt -eq `$exactContact" }
        @{ Filter = "`$_.UpdatedAt -gt `$until -or `$_.CustomAttributes.seats -ge 245" }
        @{ Filter = "`$_.Email -ieq `$someEmail" }
        @{ Filter = "`$_.EmailDomain -eq 'globex.test' -and `$_.CreatedAt -lt `$early.AddDays(7)" }
    ) {
        $f = [scriptblock]::Create($Filter)
        $searched = @(Search-IntercomContact -Filter $f -ErrorAction Stop | ForEach-Object Id)
        $kept = @($allContacts | Where-Object -FilterScript $f | ForEach-Object Id)
        Assert-SameIds -Searched $searched -Kept $kept -Total 2000
    }

    It 'combines with a chunked range' {
        $f = { $_.CustomAttributes.plan -eq 'pro' -and $_.CreatedAt -lt $since.AddDays(-2).AddHours(5) }
        $searched = @(Search-IntercomContact -Filter $f -Since $early -Until $since -ChunkDays 3 -ErrorAction Stop | ForEach-Object Id)
        $kept = @($allContacts | Where-Object { ($_.CustomAttributes.plan -eq 'pro' -and $_.CreatedAt -lt $since.AddDays(-2).AddHours(5)) -and $_.CreatedAt -ge $early -and $_.CreatedAt -lt $since } | ForEach-Object Id)
        Assert-SameIds -Searched $searched -Kept $kept -Total 2000
    }

    It '-First counts only items that pass the exact check' {
        # The contact query is widened by 26 hours either side, so the server's first page holds contacts outside the
        # range; -First must still give the first N that are really inside it.
        $f = { $_.CreatedAt -ge $since -and $_.CreatedAt -lt $since.AddHours(30) }
        $found = @(Search-IntercomContact -Filter $f -First 7 -ErrorAction Stop)
        $found.Count | Should -Be 7
        $found | Where-Object { -not ($_.CreatedAt -ge $since -and $_.CreatedAt -lt $since.AddHours(30)) } | Should -BeNullOrEmpty
    }

    It 'runs the filter on the server, not over the whole list' {
        $log = (Get-IntercomConnection).Sandbox.Log
        $listed = $log.Count('GET /contacts')
        $searchedBefore = $log.Count('POST /contacts/search')
        $found = @(Search-IntercomContact -Filter { $_.CustomAttributes.plan -eq 'enterprise' -and $_.CustomAttributes.seats -gt 200 } -PageSize 150 -ErrorAction Stop)
        $found.Count | Should -BeGreaterOrEqual 1
        $found.Count | Should -BeLessOrEqual 149
        ($log.Count('GET /contacts') - $listed) | Should -Be 0
        ($log.Count('POST /contacts/search') - $searchedBefore) | Should -Be 1
    }
}

Describe 'Search-IntercomConversation -Filter against Where-Object' {
    Context 'InclusiveDateComparison <Inclusive>' -ForEach @(@{ Inclusive = $true }, @{ Inclusive = $false }) {
        BeforeAll { (Get-IntercomConnection).Sandbox.Options.InclusiveDateComparison = $Inclusive }
        AfterAll { (Get-IntercomConnection).Sandbox.Options.InclusiveDateComparison = $true }

        It 'returns exactly what Where-Object keeps: <Filter>' -ForEach @(
            @{ Filter = "`$_.State -eq 'open' -and `$_.CreatedAt -ge `$since -and `$_.CreatedAt -lt `$until" }
            @{ Filter = "`$_.Priority -in 'high','urgent' -or `$_.CustomAttributes.vip -eq `$true" }
            @{ Filter = "`$_.CustomAttributes.issue_type -like 'b*' -and `$_.CustomAttributes.order_count -ge 10" }
            @{ Filter = "`$_.CustomAttributes.issue_type -like '*quest*' -or `$_.CustomAttributes.issue_type -like '*OUNT'" }
            @{ Filter = "`$_.State -ne 'closed' -and `$_.Read -eq `$false" }
            @{ Filter = "(`$_.CreatedAt -gt `$since -and `$_.State -eq 'snoozed') -or (`$_.CreatedAt -lt `$early -and `$_.Priority -ne 'none')" }
            @{ Filter = "`$_.UpdatedAt -ge `$since -and `$_.CustomAttributes.order_count -lt 3" }
            @{ Filter = "`$_.CreatedAt -eq `$exactConversation -or `$_.CreatedAt -le `$early" }
            @{ Filter = "`$_.CustomAttributes.issue_type -notlike '*a*'" }
            @{ Filter = "`$_.AdminAssigneeId -in `$admins" }
            @{ Filter = "`$_.CreatedAt -ne `$exactConversation -and `$_.CreatedAt -lt `$early" }
            @{ Filter = "`$PSItem.CreatedAt -gt `$until -and `$PSItem.CustomAttributes.vip -eq `$false" }
        ) {
            $f = [scriptblock]::Create($Filter)
            $searched = @(Search-IntercomConversation -Filter $f -ErrorAction Stop | ForEach-Object Id)
            $kept = @($allConversations | Where-Object -FilterScript $f | ForEach-Object Id)
            Assert-SameIds -Searched $searched -Kept $kept -Total 2000
        }
    }

    It 'with -or, combines with a chunked range' {
        $f = { $_.State -eq 'open' -or $_.Priority -eq 'urgent' }
        $searched = @(Search-IntercomConversation -Filter $f -Since $since -Until $until -ChunkDays 2 -ThrottleLimit 3 -ErrorAction Stop | ForEach-Object Id)
        $kept = @($allConversations | Where-Object { ($_.State -eq 'open' -or $_.Priority -eq 'urgent') -and $_.CreatedAt -ge $since -and $_.CreatedAt -lt $until } | ForEach-Object Id)
        Assert-SameIds -Searched $searched -Kept $kept -Total 2000
    }
}
