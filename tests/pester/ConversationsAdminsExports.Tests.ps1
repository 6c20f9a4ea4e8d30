#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Conversations (the rest), admins' away mode and activity logs, and content data export jobs, against the sandbox:
# typed output, pipeline binding by property name, -WhatIf sends nothing, a failing id in a pipeline is a
# non-terminating error and the rest continue, paging, and the request each cmdlet sends (the sandbox's log).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    function Get-SentRoute {
        param([string] $Method)
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -eq $Method | ForEach-Object Route)
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'New-IntercomConversation, Remove-IntercomConversation and Merge-IntercomConversation' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 }
        $sandbox = (Get-IntercomConnection).Sandbox
        $first, $second, $third = Get-IntercomConversation -First 3
        $sandbox.Log.Clear()
    }

    It 'creates a conversation from a piped contact and writes the typed message' {
        $message = Get-IntercomContact -First 1 | New-IntercomConversation -Body 'Hello from Pester'
        $message.PSTypeNames | Should -Contain 'IntercomPS.Message'
        $sent = (Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq 'POST /conversations'
        @($sent).Count | Should -Be 1
        $sent.Body | Should -Match '"from":\{[^}]*"type":"user"'
        $sent.Body | Should -Match '"from":\{[^}]*"id":"[^"]+"'
        $sent.Body | Should -Match '"body":"Hello from Pester"'
    }

    It 'previews deletes and merges with -WhatIf and sends nothing' {
        $first, $second | Remove-IntercomConversation -WhatIf
        $second | Merge-IntercomConversation -IntoConversationId $first.Id -WhatIf
        Get-SentRoute -Method DELETE | Should -BeNullOrEmpty
        Get-SentRoute -Method POST | Should -BeNullOrEmpty
    }

    It 'deletes piped conversations with -RetainMetrics in the query; one already gone is reported unchanged, not failed' {
        $errors = $null
        $summary = @($first.Id, '999999999', $second.Id) | Remove-IntercomConversation -Force -RetainMetrics -ErrorVariable errors -InformationVariable info -ErrorAction SilentlyContinue
        $deletes = @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -eq 'DELETE')
        $deletes.Count | Should -Be 3
        $deletes | ForEach-Object { $_.Query | Should -Match 'retain_metrics=true' }
        # A removal asks for the object to be gone: a rerun after an interruption must not fail on what it already removed.
        @($errors).Count | Should -Be 0
        $info[-1].MessageData.Changed | Should -Be 2
        $info[-1].MessageData.Unchanged | Should -Be 1
    }

    It 'merges a conversation into another by its id' {
        $merged = $third | Merge-IntercomConversation -IntoConversationId $first.Id -Force -PassThru
        $merged.PSTypeNames | Should -Contain 'IntercomPS.Conversation'
        $sent = (Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq 'POST /conversations/{id}/merge'
        $sent.Path | Should -Be "/conversations/$($third.Id)/merge"
        # The description declares the id a number, and Prism holds the request to it.
        $sent.Body | Should -Match ('"merge_into_conversation_id":' + $first.Id + '[,}]')
    }
}

Describe 'ConvertTo-IntercomTicket, Add-IntercomConversationContact, Remove-IntercomConversationContact and Clear-IntercomConversationPart' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 20 }
        $sandbox = (Get-IntercomConnection).Sandbox
        $conversation = Get-IntercomConversation -First 1
        $contact = Get-IntercomContact -First 1
        $admin = Get-IntercomAdmin -First 1
        $sandbox.Log.Clear()
    }

    It 'converts a piped conversation into a typed ticket with its attributes' {
        $ticket = $conversation | ConvertTo-IntercomTicket -TicketTypeId 1 -Attribute @{ _default_title_ = 'Refund' }
        $ticket.PSTypeNames | Should -Contain 'IntercomPS.Ticket'
        $sent = $sandbox.Log.Entries | Where-Object Route -eq 'POST /conversations/{conversation_id}/convert'
        $sent.Body | Should -Match '"ticket_type_id":"1"'
        $sent.Body | Should -Match '"attributes":\{"_default_title_":"Refund"\}'
    }

    It 'attaches a piped contact by id, and by email' {
        $contact | Add-IntercomConversationContact -ConversationId $conversation.Id -AdminId $admin.Id
        Add-IntercomConversationContact -ConversationId $conversation.Id -Email 'someone@example.test' -AdminId $admin.Id
        $bodies = @($sandbox.Log.Entries | Where-Object Route -eq 'POST /conversations/{conversation_id}/customers' | ForEach-Object Body)
        $bodies.Count | Should -Be 2
        $bodies[0] | Should -Match ('"customer":\{"intercom_user_id":"' + $contact.Id + '"\}')
        $bodies[1] | Should -Match '"customer":\{"email":"someone@example.test"\}'
    }

    It 'detaches a piped contact from the conversation' {
        $contact | Remove-IntercomConversationContact -ConversationId $conversation.Id -AdminId $admin.Id -Confirm:$false
        $sent = $sandbox.Log.Entries | Where-Object Route -eq 'DELETE /conversations/{conversation_id}/customers/{contact_id}'
        $sent.Path | Should -Be "/conversations/$($conversation.Id)/customers/$($contact.Id)"
    }

    It 'redacts a part or the source, and previews with -WhatIf' {
        Clear-IntercomConversationPart -ConversationId $conversation.Id -PartId 7 -WhatIf
        $sandbox.Log.Entries | Should -BeNullOrEmpty
        Clear-IntercomConversationPart -ConversationId $conversation.Id -PartId 7 -Force
        Clear-IntercomConversationPart -ConversationId $conversation.Id -SourceId 8 -Force
        $bodies = @($sandbox.Log.Entries | Where-Object Route -eq 'POST /conversations/redact' | ForEach-Object Body)
        $bodies[0] | Should -Match '"type":"conversation_part"'
        $bodies[0] | Should -Match '"conversation_part_id":"7"'
        $bodies[1] | Should -Match '"type":"source"'
        $bodies[1] | Should -Match '"source_id":"8"'
    }
}

Describe 'Get-IntercomDeletedConversation and Get-IntercomSideConversation' {
    BeforeEach {
        Connect-Intercom -Sandbox
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'lists deleted conversation ids typed, with -First and the order in the query' {
        $sandbox.Log.Clear()
        $deleted = @(Get-IntercomDeletedConversation -First 1 -Order Ascending)
        $deleted.Count | Should -Be 1
        $deleted[0].PSTypeNames | Should -Contain 'IntercomPS.DeletedConversationItem'
        ($sandbox.Log.Entries | Where-Object Route -eq 'GET /conversations/deleted')[0].Query | Should -Match 'order=asc'
    }

    It 'lists the side conversations of piped conversations, one list per conversation' {
        $conversations = @(Get-IntercomConversation -First 2)
        $sandbox.Log.Clear()
        $side = @($conversations | Get-IntercomSideConversation)
        $side | ForEach-Object { $_.PSTypeNames | Should -Contain 'IntercomPS.SideConversationSummary' }
        $paths = @($sandbox.Log.Entries | Where-Object Route -eq 'GET /conversations/{id}/side_conversations' | ForEach-Object Path)
        $paths | Should -Be @($conversations | ForEach-Object { "/conversations/$($_.Id)/side_conversations" })
    }
}

Describe 'Set-IntercomAdmin, Get-IntercomAwayStatusReason and Get-IntercomAdminActivityLog' {
    BeforeEach {
        Connect-Intercom -Sandbox
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'lists away status reasons once per session cache lifetime, and again with -NoCache' {
        $sandbox.Log.Clear()
        $null = Get-IntercomAwayStatusReason
        $null = Get-IntercomAwayStatusReason
        $sandbox.Log.Count('GET /away_status_reasons') | Should -Be 1
        $null = Get-IntercomAwayStatusReason -NoCache
        $sandbox.Log.Count('GET /away_status_reasons') | Should -Be 2
    }

    It 'sets piped admins away with a reason, and sends the required reassign flag' {
        $admins = @(Get-IntercomAdmin -First 2)
        $sandbox.Log.Clear()
        $admins | Set-IntercomAdmin -AwayModeEnabled $true -AwayStatusReasonId 3
        $bodies = @($sandbox.Log.Entries | Where-Object Route -eq 'PUT /admins/{admin_id}/away' | ForEach-Object Body)
        $bodies.Count | Should -Be 2
        $bodies | ForEach-Object { $_ | Should -Match '"away_mode_enabled":true' ; $_ | Should -Match '"away_mode_reassign":false'; $_ | Should -Match '"away_status_reason_id":3' }
    }

    It 'previews with -WhatIf and sends nothing' {
        $admin = Get-IntercomAdmin -First 1
        $sandbox.Log.Clear()
        $admin | Set-IntercomAdmin -AwayModeEnabled $false -WhatIf
        $sandbox.Log.Entries | Should -BeNullOrEmpty
    }

    It 'reads activity logs window by window with unix-second bounds in the query' {
        $sandbox.Log.Clear()
        $since = [DateTimeOffset]::new(2026, 11, 1, 0, 0, 0, [TimeSpan]::Zero)
        $null = @(Get-IntercomAdminActivityLog -Since $since -Until $since.AddDays(3) -ChunkDays 1 -ThrottleLimit 1)
        $queries = @($sandbox.Log.Entries | Where-Object Route -eq 'GET /admins/activity_logs' | ForEach-Object Query)
        $queries.Count | Should -Be 3
        $queries[0] | Should -Match ('created_at_after=' + ($since.ToUnixTimeSeconds() - 1))
        $queries[0] | Should -Match ('created_at_before=' + $since.AddDays(1).ToUnixTimeSeconds())
    }

    It 'refuses a range without -Since, saying what to add' {
        $failure = Get-TerminatingError { Get-IntercomAdminActivityLog }
        $failure.Exception.Message | Should -Match '-Since'
    }
}

Describe 'Start-IntercomDataExport, Get-IntercomDataExport, Stop-IntercomDataExport and Save-IntercomDataExport' {
    BeforeEach {
        Connect-Intercom -Sandbox
        $sandbox = (Get-IntercomConnection).Sandbox
        $folder = Join-Path ([IO.Path]::GetTempPath()) ("intercomps-export-" + [guid]::NewGuid())
        $null = New-Item -ItemType Directory $folder
    }

    AfterEach {
        Remove-Item -Recurse -Force $folder -ErrorAction SilentlyContinue
    }

    It 'starts a job for the range in unix seconds and reads its status through the pipeline' {
        $since = [DateTimeOffset]::new(2026, 11, 1, 0, 0, 0, [TimeSpan]::Zero)
        $sandbox.Log.Clear()
        $job = Start-IntercomDataExport -Since $since -Until $since.AddDays(30)
        $job.PSTypeNames | Should -Contain 'IntercomPS.DataExport'
        ($sandbox.Log.Entries | Where-Object Route -eq 'POST /export/content/data').Body |
            Should -Match ('"created_at_after":' + $since.ToUnixTimeSeconds() + ',"created_at_before":' + $since.AddDays(30).ToUnixTimeSeconds())
        $status = $job | Get-IntercomDataExport
        $status.JobIdentifier | Should -Be $job.JobIdentifier
    }

    It 'cancels piped jobs, and previews with -WhatIf' {
        $job = Start-IntercomDataExport -Since (Get-Date).AddDays(-1)
        $sandbox.Log.Clear()
        $job | Stop-IntercomDataExport -WhatIf
        $sandbox.Log.Entries | Should -BeNullOrEmpty
        $job | Stop-IntercomDataExport
        ($sandbox.Log.Entries | Where-Object Route -eq 'POST /export/cancel/{job_identifier}').Path | Should -Be "/export/cancel/$($job.JobIdentifier)"
    }

    It 'downloads into a folder as <JobIdentifier>.csv.gz, leaving no temporary file' {
        $job = Start-IntercomDataExport -Since (Get-Date).AddDays(-1)
        $file = $job | Save-IntercomDataExport -Path $folder
        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be (Join-Path $folder "$($job.JobIdentifier).csv.gz")
        @(Get-ChildItem -Force $folder).Count | Should -Be 1
    }

    It 'does not replace an existing file without -Force' {
        $job = Start-IntercomDataExport -Since (Get-Date).AddDays(-1)
        $path = Join-Path $folder 'export.csv.gz'
        Set-Content -Path $path -Value 'keep me'
        $errors = $null
        $job | Save-IntercomDataExport -Path $path -ErrorVariable errors -ErrorAction SilentlyContinue
        @($errors).Count | Should -Be 1
        Get-Content $path | Should -Be 'keep me'
    }
}
