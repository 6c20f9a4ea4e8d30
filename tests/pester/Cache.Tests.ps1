#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The session cache in real PowerShell (issue 5): batch lookups, concurrent lookups, -NoCache, Set-IntercomCache and
# enrichment, counted in the sandbox's request log.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    $script:contactRoute = 'GET /contacts/{contact_id}'
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomContact by id through the cache' {
    It 'a second pass over 5000 contact ids makes no request and keeps input order' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5000; ConversationCount = 10 }
        $ids = @(Get-IntercomContact | ForEach-Object Id)
        [array]::Reverse($ids)
        $log = (Get-IntercomConnection).Sandbox.Log
        $first = @($ids | Get-IntercomContact -ThrottleLimit 16 -ErrorAction Stop | ForEach-Object Id)
        $afterFirst = $log.Count($contactRoute)
        $second = @($ids | Get-IntercomContact -ThrottleLimit 16 -ErrorAction Stop | ForEach-Object Id)
        $stats = Get-IntercomCacheStatistic

        $ids.Count | Should -Be 5000
        $first | Should -Be $ids
        $second | Should -Be $ids
        $afterFirst | Should -Be 5000
        $log.Count($contactRoute) | Should -Be 5000
        $stats.Hits | Should -Be 5000
        $stats.Entries | Should -Be 5000
    }

    It 'a hundred concurrent lookups of one uncached id make one request' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50; ConversationCount = 10 }
        $id = (Get-IntercomContact -First 1).Id
        $sandbox = (Get-IntercomConnection).Sandbox
        # Slow answers keep the first lookup in flight while the other 99 arrive.
        $sandbox.Options.Faults.LatencyPerRoute[$contactRoute] = [TimeSpan]::FromMilliseconds(300)
        $found = @(1..100 | ForEach-Object { $id } | Get-IntercomContact -ThrottleLimit 64 -ErrorAction Stop)
        $found.Count | Should -Be 100
        $sandbox.Log.Count($contactRoute) | Should -Be 1
    }

    It '-NoCache asks again and Set-IntercomCache changes the limits later' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 10 }
        $ids = @(Get-IntercomContact | ForEach-Object Id)
        $log = (Get-IntercomConnection).Sandbox.Log
        $null = $ids | Get-IntercomContact -ErrorAction Stop
        $null = $ids | Get-IntercomContact -NoCache -ErrorAction Stop
        $log.Count($contactRoute) | Should -Be 40
        $null = $ids | Get-IntercomContact -ErrorAction Stop
        $log.Count($contactRoute) | Should -Be 40
        $off = Set-IntercomCache -Size 0 -PassThru
        $null = $ids | Get-IntercomContact -ErrorAction Stop
        $log.Count($contactRoute) | Should -Be 60
        $on = Set-IntercomCache -Size 10 -Ttl '00:10:00' -PassThru
        $null = $ids | Get-IntercomContact -ErrorAction Stop
        $null = $ids | Get-IntercomContact -ErrorAction Stop

        $off.Size | Should -Be 0
        $on.Size | Should -Be 10
        $on.Ttl | Should -Be ([TimeSpan]::FromMinutes(10))
        # Ten entries at most: every pass over twenty ids evicts, so the second pass asks again for some.
        (Get-IntercomCacheStatistic).Entries | Should -BeGreaterOrEqual 1
        (Get-IntercomCacheStatistic).Entries | Should -BeLessOrEqual 10
        $log.Count($contactRoute) | Should -BeGreaterOrEqual (60 + 20 + 1)
        $log.Count($contactRoute) | Should -BeLessOrEqual (60 + 40)
    }
}

Describe 'Get-IntercomAdmin and Get-IntercomConversation through the cache' {
    It 'caches whole lists of admins and serves lookups by id from them' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 10; ConversationCount = 10 }
        $admins = @(Get-IntercomAdmin -ErrorAction Stop)
        $again = @(Get-IntercomAdmin -ErrorAction Stop)
        $byId = @($admins | Get-IntercomAdmin -ErrorAction Stop)
        $fresh = @(Get-IntercomAdmin -NoCache -ErrorAction Stop)
        $log = (Get-IntercomConnection).Sandbox.Log

        $admins.Count | Should -BeGreaterThan 1
        $again.Count | Should -Be $admins.Count
        $byId.Count | Should -Be $admins.Count
        $fresh.Count | Should -Be $admins.Count
        $log.Count('GET /admins') | Should -Be 2
        $log.Count('GET /admins/{admin_id}') | Should -Be 0
    }

    It 'expanding 1000 conversations from 100 contacts costs one request per distinct contact' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 100; ConversationCount = 1000 }
        $conversations = @(Get-IntercomConversation -ExpandContact -ExpandAssignee -ErrorAction Stop)
        $log = (Get-IntercomConnection).Sandbox.Log
        $contactRequests = $log.Count($contactRoute)
        $adminLists = $log.Count('GET /admins')
        $teamLists = $log.Count('GET /teams')
        $distinct = [System.Collections.Generic.HashSet[string]]::new([string[]]@($conversations | ForEach-Object { $_.ContactIds })).Count
        $sample = $conversations[0].ExpandedContacts[0]
        $direct = Get-IntercomContact -Id $sample.Id -NoCache -ErrorAction Stop

        $conversations.Count | Should -Be 1000
        $distinct | Should -BeGreaterOrEqual 50
        $distinct | Should -BeLessOrEqual 100
        $conversations | Where-Object { (@($_.ExpandedContacts | ForEach-Object Id) -join ',') -ne ($_.ContactIds -join ',') } |
            Should -BeNullOrEmpty
        $conversations | Where-Object { $_.AdminAssigneeId -and $_.AdminAssigneeId -ne '0' -and $_.AssignedAdmin.Id -ne $_.AdminAssigneeId } |
            Should -BeNullOrEmpty
        $conversations | Where-Object { $_.TeamAssigneeId -and $_.TeamAssigneeId -ne '0' -and $_.AssignedTeam.Id -ne $_.TeamAssigneeId } |
            Should -BeNullOrEmpty
        @($conversations | Where-Object { $_.AssignedAdmin.Name }).Count | Should -BeGreaterThan 0 -Because 'some conversations are assigned to an admin'
        $contactRequests | Should -Be $distinct
        $adminLists | Should -Be 1
        $teamLists | Should -Be 1
        $sample.Email | Should -Be $direct.Email
        $sample.PSObject.TypeNames[0] | Should -Be 'IntercomPS.Contact'
    }

    It 'caches a conversation by id, and expands it too' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 30; ConversationCount = 50 }
        $ids = @(Get-IntercomConversation -First 5 | ForEach-Object Id)
        $first = @($ids | Get-IntercomConversation -ExpandContact -ErrorAction Stop)
        $second = @($ids | Get-IntercomConversation -ErrorAction Stop)
        $log = (Get-IntercomConnection).Sandbox.Log

        @($first | Where-Object { $_.ExpandedContacts.Count -ge 1 }).Count | Should -Be 5
        $second.Count | Should -Be 5
        $log.Count('GET /conversations/{conversation_id}') | Should -Be 5
    }
}
