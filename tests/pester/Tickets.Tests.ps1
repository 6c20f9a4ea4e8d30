#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Tickets, ticket types and their attributes, ticket states, jobs, ticket links and ticket tags in real PowerShell
# against the sandbox: typed output, pipeline binding by property name, -WhatIf, non-terminating failures, paging,
# and that the sandbox (the server's truth) holds what the cmdlets say they did.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop

    # A new ticket of the first ticket type, for the first contact.
    function New-TestTicket([string] $Title = 'Printer on fire') {
        $type = Get-IntercomTicketType -First 1
        Get-IntercomContact -First 1 | New-IntercomTicket -TicketTypeId $type.Id -Title $Title
    }

    # $Count tickets created $Minutes apart from $From; their ids and creation dates.
    function New-TicketRange([DateTimeOffset] $From, [int] $Count, [int] $Minutes) {
        $type = Get-IntercomTicketType -First 1
        $contact = Get-IntercomContact -First 1
        foreach ($i in 0..($Count - 1)) {
            $created = $From.AddMinutes($i * $Minutes)
            $ticket = New-IntercomTicket -TicketTypeId $type.Id -ContactId $contact.Id -Title "Ticket $i" -CreatedAt $created
            [pscustomobject]@{ Id = $ticket.Id; CreatedAt = $created }
        }
    }

    # The ids of the tickets of $Made created in [$From, $To).
    function Get-Truth($Made, [DateTimeOffset] $From, [DateTimeOffset] $To) {
        @($Made | Where-Object { $_.CreatedAt -ge $From -and $_.CreatedAt -lt $To }).Id
    }

    function Get-ChangeRequest {
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -ne 'GET')
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'New-IntercomTicket, Get-IntercomTicket, Set-IntercomTicket and Remove-IntercomTicket' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'creates a typed ticket for a piped contact, with its title as the _default_title_ attribute' {
        $type = Get-IntercomTicketType -First 1
        $contact = Get-IntercomContact -First 1
        $sandbox.Log.Clear()

        $ticket = $contact | New-IntercomTicket -TicketTypeId $type.Id -Title 'Printer on fire' -Description 'Smoke' -Attribute @{ floor = 3 }

        $ticket.PSObject.TypeNames | Should -Contain 'IntercomPS.Ticket'
        $ticket.Title | Should -Be 'Printer on fire'
        $ticket.TicketId | Should -Be $ticket.Id
        $sent = (Get-ChangeRequest)[0]
        $sent.Route | Should -Be 'POST /tickets'
        $body = $sent.Body | ConvertFrom-Json
        $body.ticket_type_id | Should -Be $type.Id
        $body.contacts[0].id | Should -Be $contact.Id
        $body.ticket_attributes._default_title_ | Should -Be 'Printer on fire'
        $body.ticket_attributes._default_description_ | Should -Be 'Smoke'
        $body.ticket_attributes.floor | Should -Be 3
    }

    It 'takes the contact by email or external id instead' {
        $type = Get-IntercomTicketType -First 1
        $sandbox.Log.Clear()
        $null = New-IntercomTicket -TicketTypeId $type.Id -ContactEmail 'ada@example.test' -Title 'By email'
        $null = New-IntercomTicket -TicketTypeId $type.Id -ContactExternalId 'crm-42' -Title 'By external id'
        $bodies = Get-ChangeRequest | ForEach-Object { $_.Body | ConvertFrom-Json }
        $bodies[0].contacts[0].email | Should -Be 'ada@example.test'
        $bodies[1].contacts[0].external_id | Should -Be 'crm-42'
    }

    It 'reads tickets back by id, and binds piped tickets by property name' {
        $ticket = New-TestTicket
        (Get-IntercomTicket -Id $ticket.Id).Title | Should -Be 'Printer on fire'
        $again = @($ticket | Get-IntercomTicket)
        $again.Count | Should -Be 1
        $again[0].PSObject.TypeNames | Should -Contain 'IntercomPS.Ticket'
        $again[0].Id | Should -Be $ticket.Id
    }

    It 'reports an unknown id as a non-terminating error and continues with the rest' {
        $ticket = New-TestTicket
        $found = @('no-such-ticket', $ticket.Id | Get-IntercomTicket -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $ticket.Id
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be 'no-such-ticket'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'changes piped tickets, sending only what was given, as the acting admin (an integer, as the description types it)' {
        $ticket = New-TestTicket
        $sandbox.Log.Clear()
        $changed = $ticket | Set-IntercomTicket -Title 'Printer on fire (3rd floor)' -Open $false -PassThru
        $changed.Title | Should -Be 'Printer on fire (3rd floor)'
        (Get-IntercomTicket -Id $ticket.Id).Title | Should -Be 'Printer on fire (3rd floor)'
        $sent = (Get-ChangeRequest)[0]
        $sent.Route | Should -Be 'PUT /tickets/{ticket_id}'
        $body = $sent.Body | ConvertFrom-Json
        @($body.PSObject.Properties.Name | Sort-Object) | Should -Be @('admin_id', 'open', 'ticket_attributes')
        $body.open | Should -BeFalse
        $body.admin_id | Should -BeOfType [long]
        "$($body.admin_id)" | Should -Be (Get-IntercomConnection).AdminId
    }

    It 'moves a ticket to another type with -TicketTypeId, which needs -TicketStateId and refuses update-only parameters' {
        $ticket = New-TestTicket
        $type = Get-IntercomTicketType -First 1
        $state = Get-IntercomTicketState -First 1
        $sandbox.Log.Clear()
        $ticket | Set-IntercomTicket -TicketTypeId $type.Id -TicketStateId $state.Id
        $sent = (Get-ChangeRequest)[0]
        $sent.Route | Should -Be 'POST /tickets/{ticket_id}/change_type'
        ($sent.Body | ConvertFrom-Json).ticket_state_id | Should -Be $state.Id
        { Set-IntercomTicket -Id $ticket.Id -TicketTypeId $type.Id -TicketStateId $state.Id -Open $false -ErrorAction Stop } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
    }

    It 'refuses a change that changes nothing' {
        $ticket = New-TestTicket
        $failure = Get-TerminatingError { $ticket | Set-IntercomTicket -PassThru -ErrorAction Stop }
        $failure.FullyQualifiedErrorId | Should -BeLike 'NothingToChange*'
        $failure.Exception.Message | Should -BeLike '*-Title*-Open*'
    }

    It 'changes nothing with -WhatIf' {
        $ticket = New-TestTicket
        $sandbox.Log.Clear()
        $ticket | Set-IntercomTicket -Title 'Preview only' -WhatIf
        $ticket | Remove-IntercomTicket -WhatIf
        Get-ChangeRequest | Should -BeNullOrEmpty
        (Get-IntercomTicket -Id $ticket.Id).Title | Should -Be 'Printer on fire'
    }

    It 'deletes with -Force; an unknown id fails alone and the rest are deleted' {
        $first = New-TestTicket 'First'
        $second = New-TestTicket 'Second'
        $first.Id, 'no-such-ticket', $second.Id | Remove-IntercomTicket -Force -ErrorVariable failed -ErrorAction SilentlyContinue -InformationVariable summary
        $sandbox.Log.Count('DELETE /tickets/{ticket_id}') | Should -Be 3
        { Get-IntercomTicket -Id $first.Id -ErrorAction Stop } | Should -Throw
        { Get-IntercomTicket -Id $second.Id -ErrorAction Stop } | Should -Throw
        "$($summary[-1].MessageData)" | Should -BeLike 'Remove-IntercomTicket: 2 changed*'
    }

    It 'asks before deleting (ConfirmImpact High)' {
        (Get-Command Remove-IntercomTicket).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }

    It 'names the failed ticket by its id when a change fails' {
        $ticket = New-TestTicket
        'no-such-ticket', $ticket.Id | Set-IntercomTicket -Title 'Renamed' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be 'no-such-ticket'
        (Get-IntercomTicket -Id $ticket.Id).Title | Should -Be 'Renamed'
    }
}

Describe 'Send-IntercomTicketReply' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 } }

    It 'replies as the connection admin, or as a note, and writes the typed reply with -PassThru' {
        $ticket = New-TestTicket
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $reply = $ticket | Send-IntercomTicketReply -Body 'We are on it.' -PassThru
        $note = $ticket | Send-IntercomTicketReply -Body 'Facilities notified.' -Note -PassThru
        $reply.PSObject.TypeNames | Should -Contain 'IntercomPS.TicketReply'
        $bodies = @($log.Entries | Where-Object Route -eq 'POST /tickets/{ticket_id}/reply' | ForEach-Object { $_.Body | ConvertFrom-Json })
        $bodies.Count | Should -Be 2
        $bodies[0].message_type | Should -Be 'comment'
        $bodies[0].type | Should -Be 'admin'
        $bodies[0].admin_id | Should -Be (Get-IntercomConnection).AdminId
        $bodies[1].message_type | Should -Be 'note'
        $note | Should -Not -BeNullOrEmpty
    }

    It 'replies on behalf of a contact' {
        $ticket = New-TestTicket
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        Send-IntercomTicketReply -Id $ticket.Id -Body 'It is smoking again.' -ContactEmail 'ada@example.test'
        $body = @($log.Entries | Where-Object Method -eq 'POST')[0].Body | ConvertFrom-Json
        $body.type | Should -Be 'user'
        $body.email | Should -Be 'ada@example.test'
        $body.PSObject.Properties.Name | Should -Not -Contain 'admin_id'
    }

    It 'refuses -CrossPost without -Note, and -Note for a contact' {
        $ticket = New-TestTicket
        { Send-IntercomTicketReply -Id $ticket.Id -Body 'x' -CrossPost -ErrorAction Stop } | Should -Throw '*-CrossPost only applies with -Note*'
        { Send-IntercomTicketReply -Id $ticket.Id -Body 'x' -Note -ContactId '1' -ErrorAction Stop } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
    }
}

Describe 'Add-IntercomTicketConversation and Remove-IntercomTicketConversation' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 } }

    It 'links and unlinks piped conversations, one request each' {
        $ticket = New-TestTicket
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $conversations = @(Get-IntercomConversation -First 2)
        $conversations | Add-IntercomTicketConversation -TicketId $ticket.Id
        $unlinked = @($conversations | Remove-IntercomTicketConversation -TicketId $ticket.Id -PassThru)
        $log.Count('POST /tickets/{ticket_id}/linked_conversations') | Should -Be 2
        $log.Count('DELETE /tickets/{ticket_id}/linked_conversations/{id}') | Should -Be 2
        $linked = @($log.Entries | Where-Object Method -eq 'POST' | Where-Object Route -like '*linked*' | ForEach-Object { ($_.Body | ConvertFrom-Json).conversation_id })
        # Changes run a few at a time, so the log's order is not the input's.
        ($linked | Sort-Object) | Should -Be ($conversations.Id | Sort-Object)
        $unlinked[0].PSObject.TypeNames | Should -Contain 'IntercomPS.Conversation'
    }

    It 'sends nothing with -WhatIf' {
        $ticket = New-TestTicket
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        Get-IntercomConversation -First 1 | Add-IntercomTicketConversation -TicketId $ticket.Id -WhatIf
        @($log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Add-IntercomTag and Remove-IntercomTagAssignment on tickets' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 } }

    It 'tags and untags piped tickets (TicketId binds) as the connection admin' {
        $ticket = New-TestTicket
        $tag = New-IntercomTag -Name 'Hardware'
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $ticket | Add-IntercomTag -TagId $tag.Id
        $ticket | Remove-IntercomTagAssignment -TagId $tag.Id
        $log.Count('POST /tickets/{ticket_id}/tags') | Should -Be 1
        $log.Count('DELETE /tickets/{ticket_id}/tags/{tag_id}') | Should -Be 1
        $body = @($log.Entries | Where-Object Route -eq 'POST /tickets/{ticket_id}/tags')[0].Body | ConvertFrom-Json
        $body.id | Should -Be $tag.Id
        $body.admin_id | Should -Be (Get-IntercomConnection).AdminId
    }

    It 'writes the ticket read again with -PassThru' {
        $ticket = New-TestTicket
        $tagged = $ticket | Add-IntercomTag -Name 'Hardware' -PassThru
        $tagged.PSObject.TypeNames | Should -Contain 'IntercomPS.Ticket'
        $tagged.Id | Should -Be $ticket.Id
    }
}

Describe 'Get-IntercomTicketType, New-IntercomTicketType and Set-IntercomTicketType' {
    BeforeEach { Connect-Intercom -Sandbox }

    It 'lists typed ticket types, pages with -First, and binds them back by property name' {
        $all = @(Get-IntercomTicketType)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSObject.TypeNames | Should -Contain 'IntercomPS.TicketType'
        @(Get-IntercomTicketType -First 1).Count | Should -Be 1
        @($all[0] | Get-IntercomTicketType)[0].Id | Should -Be $all[0].Id
    }

    It 'reports an unknown id as a non-terminating error and continues with the rest' {
        $first = @(Get-IntercomTicketType)[0]
        $found = @('no-such-type', $first.Id | Get-IntercomTicketType -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Id | Should -Be $first.Id
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be 'no-such-type'
    }

    It 'creates types from piped objects, and the cached list shows them at once' {
        $null = Get-IntercomTicketType
        $created = @(
            [pscustomobject]@{ Name = 'Bug report'; Category = 'Customer' }
            [pscustomobject]@{ Name = 'Outage'; Category = 'Tracker'; Icon = '🔥' }
        ) | New-IntercomTicketType
        $created.Count | Should -Be 2
        $created[0].PSObject.TypeNames | Should -Contain 'IntercomPS.TicketType'
        $created[1].Category | Should -Be 'Tracker'
        (Get-IntercomTicketType).Name | Should -Contain 'Outage'
    }

    It 'changes piped types and refuses a change of nothing' {
        $type = New-IntercomTicketType -Name 'Refunds' -Category 'Back-office'
        $type | Set-IntercomTicketType -Name 'Refund approval' -Archived $true
        $again = Get-IntercomTicketType -Id $type.Id
        $again.Name | Should -Be 'Refund approval'
        $again.Archived | Should -BeTrue
        { $type | Set-IntercomTicketType -ErrorAction Stop } | Should -Throw '*Nothing to change*'
    }

    It 'changes nothing with -WhatIf' {
        $type = New-IntercomTicketType -Name 'Refunds' -Category 'Back-office'
        $type | Set-IntercomTicketType -Name 'Preview only' -WhatIf
        (Get-IntercomTicketType -Id $type.Id -NoCache).Name | Should -Be 'Refunds'
    }
}

Describe 'Get-IntercomTicketTypeAttribute, New-IntercomTicketTypeAttribute and Set-IntercomTicketTypeAttribute' {
    BeforeEach { Connect-Intercom -Sandbox }

    It 'creates a list attribute under a piped ticket type, sending the choices as one comma-separated string' {
        $type = New-IntercomTicketType -Name 'Bug report' -Category 'Customer'
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $attribute = $type | New-IntercomTicketTypeAttribute -Name 'Priority' -Description 'How urgent' -DataType list -ListItem 'Low', 'High'
        $attribute.PSObject.TypeNames | Should -Contain 'IntercomPS.TicketTypeAttribute'
        $body = @($log.Entries | Where-Object Method -eq 'POST')[0].Body | ConvertFrom-Json
        $body.list_items | Should -Be 'Low,High'
        $body.data_type | Should -Be 'list'
    }

    It 'refuses options of another data type, and list items holding a comma' {
        $type = New-IntercomTicketType -Name 'Bug report' -Category 'Customer'
        { New-IntercomTicketTypeAttribute -TicketTypeId $type.Id -Name 'n' -Description 'd' -DataType string -ListItem 'a' -ErrorAction Stop } | Should -Throw '*-ListItem applies to -DataType list only*'
        New-IntercomTicketTypeAttribute -TicketTypeId $type.Id -Name 'n' -Description 'd' -DataType list -ListItem 'a,b' -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike "*'a,b' holds a comma*"
    }

    It 'reads the attributes of piped ticket types, filtered by name' {
        $types = @(Get-IntercomTicketType)
        $attributes = @($types | Get-IntercomTicketTypeAttribute)
        $attributes.Count | Should -Be ($types | ForEach-Object { @($_.TicketTypeAttributes).Count } | Measure-Object -Sum).Sum
        if ($attributes.Count -gt 0) {
            $attributes[0].PSObject.TypeNames | Should -Contain 'IntercomPS.TicketTypeAttribute'
            $name = $attributes[0].Name
            @(Get-IntercomTicketTypeAttribute -TicketTypeId $types[0].Id -Name $name.ToUpperInvariant()).Name | Should -Contain $name
        }
        Get-IntercomTicketTypeAttribute -TicketTypeId 'no-such-type', $types[0].Id -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be 'no-such-type'
    }

    It 'changes piped attributes by their TicketTypeId and Id' {
        $type = New-IntercomTicketType -Name 'Bug report' -Category 'Customer'
        $attribute = $type | New-IntercomTicketTypeAttribute -Name 'Browser' -Description 'Which browser' -DataType string
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $changed = $attribute | Set-IntercomTicketTypeAttribute -RequiredToCreate $true -PassThru
        $changed.RequiredToCreate | Should -BeTrue
        @($log.Entries | Where-Object Method -eq 'PUT')[0].Path | Should -Be "/ticket_types/$($type.Id)/attributes/$($attribute.Id)"
    }
}

Describe 'Get-IntercomTicketState' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed states from one cached request, and finds one by id in the list' {
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $all = @(Get-IntercomTicketState)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSObject.TypeNames | Should -Contain 'IntercomPS.TicketStateDetailed'
        (Get-IntercomTicketState -Id $all[0].Id).Id | Should -Be $all[0].Id
        @(Get-IntercomTicketState -First 1).Count | Should -Be 1
        $log.Count('GET /ticket_states') | Should -Be 1
    }

    It 'reports an id the list does not hold as not found, and continues with the rest' {
        $first = @(Get-IntercomTicketState)[0]
        $found = @(Get-IntercomTicketState -Id 'no-such-state', $first.Id -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Id | Should -Be $first.Id
        $failed[0].TargetObject | Should -Be 'no-such-state'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Get-IntercomJob and New-IntercomTicket -Enqueue' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 } }

    It 'enqueues a ticket, writes the typed job, and reads its status by piping it' {
        $type = Get-IntercomTicketType -First 1
        $job = Get-IntercomContact -First 1 | New-IntercomTicket -TicketTypeId $type.Id -Title 'Imported' -Enqueue
        $job.PSObject.TypeNames | Should -Contain 'IntercomPS.Job'
        (Get-IntercomConnection).Sandbox.Log.Count('POST /tickets/enqueue') | Should -Be 1
        $status = $job | Get-IntercomJob
        $status.PSObject.TypeNames | Should -Contain 'IntercomPS.Job'
        $status.Id | Should -Not -BeNullOrEmpty
    }
}

Describe 'Search-IntercomTicket' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 }
        $start = [DateTimeOffset]'2026-03-01T00:00:00Z'
        # Five tickets a day for eight days, 288 minutes apart: one sits exactly on each midnight.
        $made = @(New-TicketRange -From $start -Count 40 -Minutes 288)
        $log = (Get-IntercomConnection).Sandbox.Log
    }

    It 'reads a date range in parallel windows: every ticket of [Since, Until) once, typed' {
        $since = $start.AddDays(1)
        $until = $start.AddDays(6)
        $found = @(Search-IntercomTicket -Since $since -Until $until -ChunkDays 1 -PageSize 2 -ThrottleLimit 3)
        $expected = Get-Truth $made $since $until
        $expected.Count | Should -Be 25
        (Get-OrdinalSorted $found.Id) | Should -Be (Get-OrdinalSorted $expected)
        $found[0].PSObject.TypeNames | Should -Contain 'IntercomPS.Ticket'
    }

    It 'stops requesting pages once -First has what it asked for' {
        $log.Clear()
        $found = @(Search-IntercomTicket -Since $start -Until $start.AddDays(8) -ChunkDays 8 -PageSize 2 -First 3)
        $found.Count | Should -Be 3
        $log.Count('POST /tickets/search') | Should -BeLessOrEqual 3
    }

    It 'combines -Filter with the range, and shows the query without sending it' {
        $log.Clear()
        $json = Search-IntercomTicket -Filter { $_.state -eq 'submitted' -and $_.open -eq $true } -Since $start -Until $start.AddDays(1) -DateField updated_at -ShowQuery
        $json | Should -BeOfType [string]
        $query = $json | ConvertFrom-Json
        $fields = @($query.value | ForEach-Object { $_.field; $_.value.field })
        $fields | Should -Contain 'state'
        $fields | Should -Contain 'open'
        $fields | Should -Contain 'updated_at'
        $log.Count('POST /tickets/search') | Should -Be 0
    }

    It 'refuses an operator a field does not take, or a field the ticket search does not have, before any request' {
        $log.Clear()
        $failure = Get-TerminatingError { Search-IntercomTicket -Query @{ field = 'open'; operator = '>'; value = 1 } -ErrorAction Stop }
        $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidQuery*'
        $failure.Exception.Message | Should -BeLike "*'>' is not accepted on the ticket boolean field 'open'*"
        { Search-IntercomTicket -Filter { $_.no_such_field -eq 1 } -ErrorAction Stop } | Should -Throw "*'no_such_field' is not a field Intercom's ticket search declares*"
        { Search-IntercomTicket -Since $start -DateField 'last_seen_at' -ErrorAction Stop } | Should -Throw '*last_seen_at*'
        $log.Count('POST /tickets/search') | Should -Be 0
    }

    It 'refuses a search with nothing to search' {
        { Search-IntercomTicket -ErrorAction Stop } | Should -Throw '*Give -Filter, -Query, or a range with -Since, to search tickets*'
    }

    It 'pipes found tickets on by property name' {
        $first = @(Search-IntercomTicket -Since $start -Until $start.AddDays(1) -First 2)
        @($first | Get-IntercomTicket).Id | Should -Be $first.Id
    }
}

Describe 'Export-IntercomTicket' {
    BeforeAll {
        $folder = Join-Path ([IO.Path]::GetTempPath()) ('ipspester-tickets-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        $since = [DateTimeOffset]'2026-01-01T00:00:00Z'
        $until = [DateTimeOffset]'2026-01-11T00:00:00Z'

    }

    AfterAll {
        Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    }

    It 'refuses a second writer naming its pid, and resumes the export a killed writer left to exactly the tickets of the range' {
        $token = 'pester-ticket-lock-' + [guid]::NewGuid().ToString('N')
        $connection = Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru -SandboxSettings @{ AccessToken = $token; ContactCount = 5; ConversationCount = 5 }
        # Six tickets a day for ten days, and a few after the range.
        $made = @(New-TicketRange -From $since -Count 66 -Minutes 240)
        # Slow from here on, so that the child is still writing when this process tries the same file.
        $connection.Sandbox.Options.Faults.Latency = [TimeSpan]::FromMilliseconds(60)
        $truth = Get-Truth $made $since $until
        $truth.Count | Should -Be 60
        $path = Join-Path $folder 'killed.jsonl'
        $checkpoint = "$path.checkpoint.json"
        $command = "Import-Module '$Manifest'; Connect-Intercom -BaseUri '$($connection.BaseUri.AbsoluteUri)' -RetryDelaySec 0; " +
                   "Export-IntercomTicket -Path '$path' -Since '$($since.ToString('o'))' -Until '$($until.ToString('o'))' -ChunkDays 1 -PageSize 1 | Out-Null"
        $child = Start-ChildPwsh -Command $command -Environment @{ INTERCOM_ACCESS_TOKEN = $token }
        try {
            $deadline = [DateTime]::UtcNow.AddMinutes(3)
            while ((Get-WindowsDone $checkpoint) -lt 2 -and -not $child.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 25 }
            $child.HasExited | Should -BeFalse -Because 'the child export must still be writing'

            $result = Export-IntercomTicket -Path $path -Since $since -Until $until -Force -ErrorVariable refused -ErrorAction SilentlyContinue

            $result | Should -BeNullOrEmpty
            $refused.Count | Should -Be 1
            $refused[0].Exception.Message | Should -BeLike "Another export is writing '$path' (pid $($child.Id))*"
            $refused[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
            Test-Path $checkpoint | Should -BeTrue -Because 'a refused -Force run must not delete the checkpoint'
        }
        finally {
            if (-not $child.HasExited) { $child.Kill($true) }
            $child.WaitForExit()
        }

        $final = Export-IntercomTicket -Path $path -Resume -ErrorAction Stop

        $final.Complete | Should -BeTrue
        $final.WindowsSkipped | Should -BeGreaterThan 0
        $final.Kind | Should -Be 'tickets'
        $ids = Get-JsonLinesId $path
        $ids.Count | Should -Be $truth.Count
        (Get-OrdinalSorted $ids) | Should -Be (Get-OrdinalSorted $truth)
        ([IO.File]::ReadAllText($path) + [IO.File]::ReadAllText($checkpoint)) | Should -Not -Match $token
    }

    It 'appends only the new tickets on each -Incremental run' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5; ConversationCount = 5 }
        $made = @(New-TicketRange -From $since -Count 30 -Minutes 480)
        $path = Join-Path $folder 'incremental.jsonl'
        $middle = $since.AddDays(5)

        $first = Export-IntercomTicket -Path $path -Incremental -Since $since -Until $middle -ErrorAction Stop
        $first.Complete | Should -BeTrue
        @(Get-JsonLinesId $path).Count | Should -Be (Get-Truth $made $since $middle).Count

        $second = Export-IntercomTicket -Path $path -Incremental -Until $until -ErrorAction Stop
        $second.Complete | Should -BeTrue
        $second.RecordsWritten | Should -Be (Get-Truth $made $middle $until).Count
        $ids = Get-JsonLinesId $path
        (Get-OrdinalSorted $ids) | Should -Be (Get-OrdinalSorted (Get-Truth $made $since $until))
        @($ids | Sort-Object -Unique).Count | Should -Be $ids.Count
    }

    It 'writes CSV with the ticket columns, a ca_ column per ticket type attribute, and formula-escaped text' {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5; ConversationCount = 5 }
        $type = Get-IntercomTicketType -First 1
        $contact = Get-IntercomContact -First 1
        $ticket = New-IntercomTicket -TicketTypeId $type.Id -ContactId $contact.Id -Title '=HYPERLINK("http://example.test")' -CreatedAt $since.AddHours(3)
        $path = Join-Path $folder 'tickets.csv'

        $result = Export-IntercomTicket -Path $path -Format Csv -Since $since -Until $since.AddDays(1) -ErrorAction Stop

        $result.RecordsInFile | Should -Be 1
        $rows = @(Import-Csv -LiteralPath $path)
        $rows.Count | Should -Be 1
        $rows[0].id | Should -Be $ticket.Id
        $rows[0].title | Should -Be "'=HYPERLINK(`"http://example.test`")"
        $header = (Get-Content -LiteralPath $path -TotalCount 1).TrimStart([char]0xFEFF)
        $header | Should -BeLike 'id,ticket_number,created_at,updated_at,category,*'
        $attributes = @(Get-IntercomTicketType | Get-IntercomTicketTypeAttribute | Where-Object { -not $_.Archived -and $_.Name -notlike '_default_*' }).Name | Sort-Object -Unique
        foreach ($name in $attributes) { $header | Should -BeLike "*ca_$name*" }
    }
}
