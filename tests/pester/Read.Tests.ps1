#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Reading in real PowerShell against the sandbox: connection, lists and lookups, streaming, -Filter, the cache and
# the statistics, and round trips through PowerShell's own cmdlets.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Connect-Intercom -Sandbox, Get-IntercomConnection and Disconnect-Intercom' {
    It 'returns the connection without the token' {
        Connect-Intercom -Sandbox
        $connection = Get-IntercomConnection
        $connection.Region | Should -Be 'Sandbox'
        $connection.PSObject.Properties.Name | Should -Not -Contain 'AccessToken'
        ($connection | Format-List * | Out-String) | Should -Not -Match 'Bearer'
    }

    It 'fails reads clearly after Disconnect-Intercom' {
        Connect-Intercom -Sandbox
        Disconnect-Intercom
        { Get-IntercomAdmin -ErrorAction Stop } | Should -Throw '*Connect-Intercom*'
    }

    It 'fails at once, naming the token sources, when no token is given' {
        $saved = $env:INTERCOM_ACCESS_TOKEN
        Remove-Item Env:INTERCOM_ACCESS_TOKEN -ErrorAction SilentlyContinue
        try { { Connect-Intercom -ErrorAction Stop } | Should -Throw '*INTERCOM_ACCESS_TOKEN*' }
        finally { if ($saved) { $env:INTERCOM_ACCESS_TOKEN = $saved } }
    }
}

Describe 'Get-IntercomAdmin, Get-IntercomTeam, Get-IntercomTag, Get-IntercomSegment and Get-IntercomCompany' -ForEach @(
    @{ Command = 'Get-IntercomAdmin'; TypeName = 'IntercomPS.Admin' }
    @{ Command = 'Get-IntercomTeam'; TypeName = 'IntercomPS.Team' }
    @{ Command = 'Get-IntercomTag'; TypeName = 'IntercomPS.Tag' }
    @{ Command = 'Get-IntercomSegment'; TypeName = 'IntercomPS.Segment' }
    @{ Command = 'Get-IntercomCompany'; TypeName = 'IntercomPS.Company' }
) {
    BeforeAll { Connect-Intercom -Sandbox }

    It '<Command> lists typed objects' {
        $all = @(& $Command)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSObject.TypeNames | Should -Contain $TypeName
    }

    It '<Command> binds listed objects back by property name (Id)' {
        $first = @(& $Command)[0]
        $again = @($first | & $Command)
        $again.Count | Should -Be 1
        $again[0].Id | Should -Be $first.Id
    }

    It '<Command> reports an unknown id as a non-terminating error and continues with the rest' {
        $first = @(& $Command)[0]
        $found = @(@('999999999', $first.Id) | & $Command -ErrorVariable failures -ErrorAction SilentlyContinue)
        $found.Id | Should -Be $first.Id
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Get-IntercomAdmin' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'streams typed admins; a missing id between two good ones is one non-terminating error targeting it' {
        $admins = @(Get-IntercomAdmin -ErrorAction Stop)
        $admins.Count | Should -BeGreaterThan 0
        $admins | Where-Object { $_.PSObject.TypeNames -notcontains 'IntercomPS.Admin' } | Should -BeNullOrEmpty
        $firstId = [string]$admins[0].Id
        $lastId = [string]$admins[-1].Id
        $found = @($firstId, 'no-such-admin', $lastId | Get-IntercomAdmin -ErrorVariable failures -ErrorAction SilentlyContinue)
        @($found | ForEach-Object { [string]$_.Id }) | Should -Be @($firstId, $lastId)
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 'no-such-admin'
    }

    It 'formats as a table through the format view: Id, Away, Name, Email' {
        $header = (Get-IntercomAdmin | Out-String -Width 200) -split "`n" | Where-Object { $_.Trim() } | Select-Object -First 1
        $header.Trim() | Should -Match '^Id\s+Away\s+Name\s+Email'
    }
}

Describe 'Get-IntercomDataAttribute' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists the data attributes of contacts' {
        $attributes = @(Get-IntercomDataAttribute -Model contact)
        $attributes.Count | Should -BeGreaterThan 0
        $attributes.Name | Should -Contain 'email'
    }
}

Describe 'Get-IntercomConversation and Get-IntercomContact streaming' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 3000; ContactCount = 300 } }

    It 'fetches a chunked range exactly once each, in any window order' {
        $since = [DateTimeOffset]::UtcNow.AddDays(-20)
        $until = [DateTimeOffset]::UtcNow.AddDays(-5)
        $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 | ForEach-Object Id)
        $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($since, $until))
        $ids.Count | Should -Be $truth.Count
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
        Compare-Object ($ids | Sort-Object) ($truth | Sort-Object) | Should -BeNullOrEmpty
    }

    Context 'Select-Object -First <Name>' -ForEach @(
        @{ Name = 'after Get-IntercomConversation'; Command = { Get-IntercomConversation -PageSize 20 }; Route = 'GET /conversations' }
        @{ Name = 'after Get-IntercomContact'; Command = { Get-IntercomContact -PageSize 20 }; Route = 'GET /contacts' }
        @{ Name = 'after Search-IntercomConversation'; Command = { Search-IntercomConversation -Query @{ field = 'state'; operator = '!='; value = 'none' } -PageSize 20 }; Route = 'POST /conversations/search' }
    ) {
        It 'stops the upstream cmdlet long before the end of the workspace' {
            $null = Get-IntercomApiStatistic -Reset
            @(& $Command | Select-Object -First 5).Count | Should -Be 5
            # 300 contacts / 3000 conversations are 15 / 150 pages of 20.
            (Get-IntercomApiStatistic | Where-Object Route -eq $Route).Requests | Should -BeLessThan 15
        }

        It 'requests no more pages than the pipeline bridge and the pager hold ahead of Select-Object' {
            $null = Get-IntercomApiStatistic -Reset
            @(& $Command | ForEach-Object { $_ } | Select-Object -First 5).Count | Should -Be 5
            # Everything ahead of the pipeline waits, so this bound is exact, whatever the scheduler does: the page
            # Select-Object reads from, one page queued behind it (PipelineBridge), one page the pager is blocked
            # handing over, and the one it prefetches meanwhile (CursorPager). With a 1,024-object queue, 11 were seen.
            (Get-IntercomApiStatistic | Where-Object Route -eq $Route).Requests | Should -BeLessOrEqual 4
        }
    }

    It '-First stops requesting pages once it has enough' {
        (Get-IntercomConnection).Sandbox.Log.Clear()
        @(Get-IntercomConversation -First 5).Count | Should -Be 5
        (Get-IntercomConnection).Sandbox.Log.Count('GET /conversations') | Should -Be 1
    }

    It 'rejects an invalid query before any request' {
        (Get-IntercomConnection).Sandbox.Log.Clear()
        $failure = $null
        try { Search-IntercomConversation -Query @{ field = 'state'; operator = 'LIKE'; value = 'open' } -ErrorAction Stop } catch { $failure = $_ }
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Exception.Message | Should -BeLike '*operator*'
        $failure.Exception.Message | Should -BeLike '*LIKE*'
        (Get-IntercomConnection).Sandbox.Log.TotalCount | Should -Be 0
    }

    It 'reports a missing conversation id as a non-terminating error and continues' {
        $known = @(Get-IntercomConversation -First 2).Id
        $found = @(@($known[0], '1', $known[1]) | Get-IntercomConversation -ErrorVariable failures -ErrorAction SilentlyContinue)
        $found.Id | Should -Be $known
        $failures.Count | Should -Be 1
    }
}

Describe 'Get-IntercomConversation -Since -Until (issue 3: exact truth sets)' {
    BeforeAll {
        function Connect-RangeSandbox {
            param([string] $Transport, [bool] $Inclusive)
            Connect-Intercom -Sandbox -SandboxTransport $Transport -SandboxSettings @{
                ConversationCount = 6000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'
                RangeEnd = [DateTimeOffset]'2026-03-02T00:00:00Z'; InclusiveDateComparison = $Inclusive
            }
        }

        # Ids read through the cmdlet must be exactly the sandbox's truth set: none missing, none twice.
        function Assert-TruthSet {
            param([string[]] $Ids, [DateTimeOffset] $Since, [DateTimeOffset] $Until)
            $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($Since, $Until))
            $truth.Count | Should -BeGreaterThan 0
            @($Ids | Sort-Object -Unique).Count | Should -Be $Ids.Count
            (Get-OrdinalSorted $Ids) | Should -Be (Get-OrdinalSorted $truth)
        }
    }

    Context 'in process, InclusiveDateComparison <Inclusive>' -ForEach @(@{ Inclusive = $true }, @{ Inclusive = $false }) {
        BeforeAll { Connect-RangeSandbox -Transport InProcess -Inclusive $Inclusive }

        It 'returns exactly the truth set over <Days> days in <Chunk>-day chunks, <Throttle> at a time' -ForEach @(
            foreach ($days in 1, 7, 45) { foreach ($chunk in 1, 7, 30) { foreach ($throttle in 1, 4) {
                        @{ Days = $days; Chunk = $chunk; Throttle = $throttle } } } }
        ) {
            # Starting on a midnight and ending on one puts items exactly on window boundaries.
            $since = [DateTimeOffset]'2026-01-10T00:00:00Z'
            $until = $since.AddDays($Days)
            $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays $Chunk -ThrottleLimit $Throttle -ErrorAction Stop | ForEach-Object Id)
            Assert-TruthSet -Ids $ids -Since $since -Until $until
        }
    }

    It 'returns exactly the truth set over loopback HTTP, InclusiveDateComparison <_>' -ForEach @($true, $false) {
        Connect-RangeSandbox -Transport Loopback -Inclusive $_
        $since = [DateTimeOffset]'2026-01-03T00:00:00Z'
        $until = $since.AddDays(30)
        $ids = @(Get-IntercomConversation -Since $since -Until $until -ChunkDays 1 -ThrottleLimit 4 -ErrorAction Stop | ForEach-Object Id)
        Assert-TruthSet -Ids $ids -Since $since -Until $until
    }

    Context 'one workspace' {
        BeforeAll { Connect-RangeSandbox -Transport InProcess -Inclusive $true }

        It 'with one window at a time, streams in created_at order' {
            $dates = @(Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-12T00:00:00Z' -ChunkDays 1 -ThrottleLimit 1 -ErrorAction Stop |
                    ForEach-Object { $_.CreatedAt.ToUnixTimeSeconds() })
            $dates.Count | Should -BeGreaterThan 0
            [long[]]$sorted = @($dates); [Array]::Sort($sorted)
            $dates | Should -Be $sorted
        }

        It '-First 5 over a range makes at most one search request' {
            $sandbox = (Get-IntercomConnection).Sandbox
            $sandbox.Log.Clear()
            $items = @(Get-IntercomConversation -Since '2026-01-01T00:00:00Z' -Until '2026-02-15T00:00:00Z' -ThrottleLimit 4 -First 5 -ErrorAction Stop)
            $items.Count | Should -Be 5
            $sandbox.Log.Count('POST /conversations/search') | Should -Be 1
        }

        It '-Skip and -First page through the stream' {
            $all = @(Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -ErrorAction Stop | ForEach-Object Id)
            $page = @(Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -Skip 3 -First 4 -ErrorAction Stop | ForEach-Object Id)
            $page | Should -Be @($all | Select-Object -Skip 3 -First 4)
        }

        It 'binds conversations and ConversationId objects by property name; a missing one is a non-terminating error' {
            $found = @(Get-IntercomConversation -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -First 3 -ErrorAction Stop)
            $again = @(@($found[0], [pscustomobject]@{ ConversationId = 'does-not-exist' }, $found[1]) |
                    Get-IntercomConversation -ErrorVariable failures -ErrorAction SilentlyContinue)
            $again.Count | Should -Be 2
            $again | Where-Object { $_.PSObject.TypeNames -notcontains 'IntercomPS.Conversation' } | Should -BeNullOrEmpty
            $again | Where-Object { $null -eq $_.Parts } | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $failures[0].TargetObject | Should -Be 'does-not-exist'
        }

        It 'finds contacts by id, by email, by role and by a date field' {
            $first = Get-IntercomContact -First 1 -ErrorAction Stop
            ($first | Get-IntercomContact -ErrorAction Stop).Id | Should -Be $first.Id
            @(Get-IntercomContact -Email $first.Email -ErrorAction Stop).Id | Should -Contain $first.Id
            $roles = @(Search-IntercomContact -Role lead -First 20 -ErrorAction Stop | ForEach-Object Role)
            $roles.Count | Should -BeGreaterThan 0
            $roles | Where-Object { $_ -cne 'lead' } | Should -BeNullOrEmpty
            $created = @(Search-IntercomContact -Since '2026-01-10T00:00:00Z' -Until '2026-01-13T00:00:00Z' -DateField created_at -ErrorAction Stop | ForEach-Object CreatedAt)
            $created.Count | Should -BeGreaterThan 0
            foreach ($date in $created) {
                $date | Should -BeGreaterOrEqual ([DateTimeOffset]'2026-01-10T00:00:00Z')
                $date | Should -BeLessOrEqual ([DateTimeOffset]'2026-01-12T23:59:59Z')
            }
        }

        It '-ShowQuery returns the window query without sending it' {
            $sandbox = (Get-IntercomConnection).Sandbox
            $sandbox.Log.Clear()
            $json = @(Search-IntercomConversation -Query @{ field = 'state'; operator = '='; value = 'open' } -Since '2026-01-05T00:00:00Z' -Until '2026-01-06T00:00:00Z' -ShowQuery -ErrorAction Stop)
            $json.Count | Should -Be 1
            $json[0] | Should -BeLike '*"state"*'
            $json[0] | Should -BeLike '*created_at*'
            $sandbox.Log.Count('POST /conversations/search') | Should -Be 0
        }
    }
}

Describe 'Search-IntercomConversation and Search-IntercomContact -Filter' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 500; ConversationCount = 500 }
        $since = (Get-Date).AddDays(-30)
    }

    It 'returns exactly what Where-Object keeps from the full list' {
        $filter = { $_.State -eq 'open' -and $_.CreatedAt -ge $since }
        $searched = @(Search-IntercomConversation -Filter $filter | ForEach-Object Id | Sort-Object)
        $kept = @(Get-IntercomConversation | Where-Object $filter | ForEach-Object Id | Sort-Object)
        $searched | Should -Be $kept
    }

    It 'finds contacts by role as Where-Object does' {
        $searched = @(Search-IntercomContact -Role lead | ForEach-Object Id | Sort-Object)
        $kept = @(Get-IntercomContact | Where-Object Role -eq 'lead' | ForEach-Object Id | Sort-Object)
        $searched | Should -Be $kept
    }

    It 'shows the widened contact query without sending it' {
        $json = Search-IntercomContact -Filter { $_.created_at -ge $since -and $_.custom_attributes.plan -eq 'pro' } -ShowQuery
        ($json | ConvertFrom-Json).operator | Should -Be 'AND'
    }

    It 'rejects what Intercom cannot do, naming the construct' {
        { Search-IntercomConversation -Filter { $_.title -match 'refund' } } | Should -Throw -ExpectedMessage '*the operator -match at line*-Query*'
    }
}

Describe 'Get-IntercomCacheStatistic, Clear-IntercomCache and Set-IntercomCache' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 500; ContactCount = 50 } }

    It 'answers a second lookup of the same contacts without a request' {
        $ids = @(Get-IntercomContact -First 20 | ForEach-Object Id)
        $null = $ids | Get-IntercomContact
        $log = (Get-IntercomConnection).Sandbox.Log
        $before = $log.Count('GET /contacts/{contact_id}')
        $null = $ids | Get-IntercomContact
        $log.Count('GET /contacts/{contact_id}') | Should -Be $before
        (Get-IntercomCacheStatistic).Hits | Should -BeGreaterOrEqual 20
    }

    It 'asks the server again after Clear-IntercomCache' {
        $id = (Get-IntercomContact -First 1).Id
        $null = Get-IntercomContact -Id $id
        Clear-IntercomCache
        (Get-IntercomCacheStatistic).Entries | Should -Be 0
        $log = (Get-IntercomConnection).Sandbox.Log
        $before = $log.Count('GET /contacts/{contact_id}')
        $null = Get-IntercomContact -Id $id
        $log.Count('GET /contacts/{contact_id}') | Should -Be ($before + 1)
    }

    It 'resizes the cache with Set-IntercomCache' {
        $settings = Set-IntercomCache -Size 10 -Ttl '00:01:00' -PassThru
        $settings.Size | Should -Be 10
        (Get-IntercomCacheStatistic).Size | Should -Be 10
        (Get-IntercomCacheStatistic).Ttl | Should -Be ([TimeSpan]'00:01:00')
    }

    It 'expands conversations with each distinct contact fetched once' {
        Set-IntercomCache -Size 5000
        Clear-IntercomCache
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $conversations = @(Get-IntercomConversation -ExpandContact -ExpandAssignee)
        $distinct = @($conversations.ContactIds | Sort-Object -Unique).Count
        $log.Count('GET /contacts/{contact_id}') | Should -Be $distinct
        $conversations | Where-Object { $_.ContactIds.Count -ne $_.ExpandedContacts.Count } | Should -BeNullOrEmpty
    }
}

Describe 'Get-IntercomApiStatistic' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'counts requests per route and in total, and -Reset starts again' {
        $null = Get-IntercomApiStatistic -Reset
        $null = Get-IntercomAdmin -NoCache
        $null = Get-IntercomAdmin -NoCache
        $statistics = @(Get-IntercomApiStatistic)
        ($statistics | Where-Object Route -eq 'GET /admins').Requests | Should -Be 2
        ($statistics | Where-Object Route -eq '(all routes)').Requests | Should -Be 2
        $null = Get-IntercomApiStatistic -Reset
        @(Get-IntercomApiStatistic | Where-Object Route -eq 'GET /admins').Count | Should -Be 0
    }
}

Describe 'Invoke-IntercomRequest' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'sends a raw request and returns the parsed answer' {
        $me = Invoke-IntercomRequest -Method GET -Path '/me'
        $me.type | Should -Be 'admin'
        $me.email | Should -BeLike '*@*'
    }

    It 'pages a list with -Paginate' {
        $all = @(Invoke-IntercomRequest -Path '/contacts' -Query @{ per_page = 50 } -Paginate)
        $all.Count | Should -BeGreaterThan 0
        $all.Count | Should -Be @(Get-IntercomContact).Count
    }

    It 'follows numbered pages and a scroll with -Paginate, each company once' {
        $companies = @(Get-IntercomCompany | ForEach-Object Id | Sort-Object)
        $listed = @(Invoke-IntercomRequest POST companies/list -Query @{ per_page = 7 } -Paginate -WarningVariable listWarnings | ForEach-Object id | Sort-Object)
        $scrolled = @(Invoke-IntercomRequest GET companies/scroll -Paginate -WarningVariable scrollWarnings | ForEach-Object id | Sort-Object)
        $companies.Count | Should -BeGreaterThan 15
        $listed | Should -Be $companies
        $scrolled | Should -Be $companies
        $listWarnings + $scrollWarnings | Should -BeNullOrEmpty
    }

    It 'warns, and returns the answer, when it cannot tell how to page' {
        $answer = @(Invoke-IntercomRequest GET me -Paginate -WarningVariable warnings -WarningAction SilentlyContinue)
        $answer.Count | Should -Be 1
        $answer[0].type | Should -Be 'admin'
        $warnings.Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike 'GET /me answered without a list of items*'
    }
}

Describe 'Get-IntercomContact, Get-IntercomConversation, Get-IntercomCompany and Get-IntercomAdmin -IncludeTotalCount' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 200; ContactCount = 120 } }

    It '<Command> -First 3 -IncludeTotalCount writes three objects, then the total the list announces' -ForEach @(
        @{ Command = 'Get-IntercomContact'; Total = { 120 } }
        @{ Command = 'Get-IntercomConversation'; Total = { 200 } }
        @{ Command = 'Get-IntercomCompany'; Total = { @(Get-IntercomCompany).Count } }
        @{ Command = 'Get-IntercomAdmin'; Total = { @(Get-IntercomAdmin).Count } }
    ) {
        $output = @(& $Command -First 3 -IncludeTotalCount)
        $output.Count | Should -Be 4
        $output[0..2] | Where-Object { $_.PSObject.TypeNames[0] -notlike 'IntercomPS.*' } | Should -BeNullOrEmpty
        [uint64]$output[3] | Should -Be (& $Total)
    }

    It 'counts what it read when the list does not announce a total (the company scroll)' {
        $output = @(Get-IntercomCompany -Skip 2 -IncludeTotalCount)
        $all = @(Get-IntercomCompany).Count
        $output.Count | Should -Be ($all - 2 + 1)
        [uint64]$output[-1] | Should -Be $all
    }
}

Describe 'Round trips through PowerShell cmdlets' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 200; ContactCount = 100 } }

    It 'Export-Csv then Import-Csv keeps ids and core columns of conversations' {
        $path = Join-Path $TestDrive 'conversations.csv'
        $conversations = @(Get-IntercomConversation -First 25)
        $conversations | Export-Csv -Path $path -NoTypeInformation
        $rows = @(Import-Csv $path)
        $rows.Id | Should -Be $conversations.Id
        $rows[0].PSObject.Properties.Name | Should -Contain 'State'
        $rows.State | Should -Be $conversations.State
    }

    It 'Export-Csv then Import-Csv then New-IntercomContact -WhatIf binds the rows by property name' {
        $path = Join-Path $TestDrive 'contacts.csv'
        Get-IntercomContact -First 3 | Select-Object Name, Email, Role | Export-Csv -Path $path -NoTypeInformation
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $null = Import-Csv $path | New-IntercomContact -WhatIf -WarningAction SilentlyContinue
        $log.Count('POST /contacts') | Should -Be 0
    }

    It 'ConvertTo-Json then ConvertFrom-Json keeps contact ids and emails' {
        $contacts = @(Get-IntercomContact -First 10)
        $back = @($contacts | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue | ConvertFrom-Json)
        $back.Id | Should -Be $contacts.Id
        $back.Email | Should -Be $contacts.Email
    }

    It 'Group-Object groups conversations by state as Where-Object counts them' {
        $conversations = @(Get-IntercomConversation)
        foreach ($group in $conversations | Group-Object State) {
            $group.Count | Should -Be @($conversations | Where-Object State -eq $group.Name).Count
        }
    }

    It 'Sort-Object and Measure-Object work on typed dates' {
        $conversations = @(Get-IntercomConversation -First 50)
        $sorted = @($conversations | Sort-Object CreatedAt)
        $sorted[0].CreatedAt | Should -BeLessOrEqual $sorted[-1].CreatedAt
        ($conversations | Measure-Object).Count | Should -Be 50
    }
}
