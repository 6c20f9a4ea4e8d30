#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Engagement and data cmdlets against the sandbox: custom object instances, calls, visitors, messages, audiences,
# banners, handling events and data connector execution results. Typed objects, lookups down the pipeline, paging,
# 404s that do not stop the rest, -WhatIf that sends nothing, and the request bodies sent (by content, not by order).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
    $script:Sandbox = (Get-IntercomConnection).Sandbox
    $script:Admin = (Get-IntercomAdmin)[0].Id

    # The bodies the sandbox received for a route, as objects, from the log since it was last cleared.
    function Get-SentBody([string] $Route) {
        @($script:Sandbox.Log.Entries | Where-Object Route -eq $Route | ForEach-Object { $_.Body | ConvertFrom-Json })
    }

    function Get-ChangeCount {
        @($script:Sandbox.Log.Entries | Where-Object Method -ne 'GET').Count
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomCustomObjectInstance' {
    It 'lists typed instances of a type and honours -First' {
        $all = @(Get-IntercomCustomObjectInstance -TypeIdentifier Order)
        $all.Count | Should -BeGreaterThan 1
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.CustomObjectInstance'
        $all[0].CustomObjectTypeIdentifier | Should -Be 'Order'
        @(Get-IntercomCustomObjectInstance -TypeIdentifier Order -First 1).Count | Should -Be 1
    }

    It 'sends the filters as the query' {
        $script:Sandbox.Log.Clear()
        $null = Get-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId order_001 -ReferencesContactId c1
        $query = ($script:Sandbox.Log.Entries | Where-Object Route -eq 'GET /custom_object_instances/{custom_object_type_identifier}').Query
        $query | Should -Match 'external_id=order_001'
        $query | Should -Match 'references_contact_id=c1'
    }

    It 'looks instances up by property name and keeps going past a 404' {
        $first = Get-IntercomCustomObjectInstance -TypeIdentifier Order -First 1
        $missing = [pscustomobject]@{ CustomObjectTypeIdentifier = 'Order'; CustomObjectInstanceId = '987654321' }
        $found = @($first, $missing, $first | Get-IntercomCustomObjectInstance -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Set-IntercomCustomObjectInstance and Remove-IntercomCustomObjectInstance' {
    It 'writes by external id, then deletes by id and by external id' {
        $script:Sandbox.Log.Clear()
        $written = Set-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId pester_1 -CustomAttributes @{ order_number = 'P-1' } -ExternalCreatedAt ([DateTimeOffset]::FromUnixTimeSeconds(1700000000)) -PassThru
        $written.PSTypeNames | Should -Contain 'IntercomPS.CustomObjectInstance'
        $body = Get-SentBody 'POST /custom_object_instances/{custom_object_type_identifier}'
        $body.external_id | Should -Be 'pester_1'
        $body.custom_attributes.order_number | Should -Be 'P-1'
        $body.external_created_at | Should -Be 1700000000

        $written | Remove-IntercomCustomObjectInstance -Confirm:$false
        { Get-IntercomCustomObjectInstance -TypeIdentifier Order -Id $written.Id -ErrorAction Stop } | Should -Throw '*404*'

        Remove-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId order_002 -Confirm:$false
        ($script:Sandbox.Log.Entries | Where-Object Route -eq 'DELETE /custom_object_instances/{custom_object_type_identifier}').Query | Should -Match 'external_id=order_002'
    }

    It 'sends nothing with -WhatIf' {
        $before = Get-ChangeCount
        Set-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId pester_2 -WhatIf
        Get-IntercomCustomObjectInstance -TypeIdentifier Order | Remove-IntercomCustomObjectInstance -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'Get-IntercomCall' {
    It 'lists typed calls, honours -First and looks them up down the pipeline' {
        $calls = @(Get-IntercomCall)
        $calls.Count | Should -BeGreaterThan 0
        $calls[0].PSTypeNames | Should -Contain 'IntercomPS.Call'
        @(Get-IntercomCall -First 1).Count | Should -Be 1
        $found = @($calls[0], [pscustomobject]@{ CallId = '987654321' } | Get-IntercomCall -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $calls[0].Id
        $failed[0].TargetObject | Should -Be '987654321'
    }

    It 'reads the calls of conversations with their ids in the body' {
        $script:Sandbox.Log.Clear()
        $calls = @(Get-IntercomCall -ConversationId 111, 222)
        $calls[0].PSTypeNames | Should -Contain 'IntercomPS.Call'
        (Get-SentBody 'POST /calls/search').conversation_ids | Should -Be @('111', '222')
    }

    It 'refuses more than 20 conversations before sending' {
        { Get-IntercomCall -ConversationId (1..21) -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Save-IntercomCallTranscript' {
    BeforeAll {
        $script:Folder = Join-Path ([IO.Path]::GetTempPath()) "engage-transcripts-$PID"
        New-Item -ItemType Directory -Path $script:Folder -Force | Out-Null
    }
    AfterAll { Remove-Item $script:Folder -Recurse -Force -ErrorAction SilentlyContinue }

    It 'writes each piped call''s transcript to <CallId>.txt and refuses to overwrite without -Force' {
        $call = Get-IntercomCall -First 1
        $file = $call | Save-IntercomCallTranscript -Path $script:Folder
        $file | Should -BeOfType ([IO.FileInfo])
        $file.Name | Should -Be "$($call.Id).txt"
        (Get-Content -Raw $file.FullName).Length | Should -BeGreaterThan 0
        $call | Save-IntercomCallTranscript -Path $script:Folder -ErrorVariable exists -ErrorAction SilentlyContinue
        $exists[0].FullyQualifiedErrorId | Should -BeLike 'FileExists*'
        ($call | Save-IntercomCallTranscript -Path $script:Folder -Force).Name | Should -Be "$($call.Id).txt"
    }

    It 'writes nothing with -WhatIf' {
        Save-IntercomCallTranscript -CallId 123 -Path (Join-Path $script:Folder 'whatif.txt') -WhatIf
        Test-Path (Join-Path $script:Folder 'whatif.txt') | Should -BeFalse
    }
}

Describe 'Get-IntercomVisitor' {
    It 'looks visitors up by user_id, typed, also down the pipeline' {
        $script:Sandbox.Log.Clear()
        $visitor = Get-IntercomVisitor -UserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3
        $visitor.PSTypeNames | Should -Contain 'IntercomPS.Visitor'
        ($script:Sandbox.Log.Entries | Where-Object Route -eq 'GET /visitors').Query | Should -Match 'user_id=3ecf64d0'
        $found = @($visitor | Get-IntercomVisitor)
        $found[0].UserId | Should -Be $visitor.UserId
    }
}

Describe 'Set-IntercomVisitor' {
    It 'sends the visitor''s user_id and the fields given' {
        $script:Sandbox.Log.Clear()
        $changed = Get-IntercomVisitor -UserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3 | Set-IntercomVisitor -Name 'Pester Visitor' -CustomAttributes @{ plan = 'pro' } -PassThru
        $changed.PSTypeNames | Should -Contain 'IntercomPS.Visitor'
        $body = Get-SentBody 'PUT /visitors'
        $body.user_id | Should -Be '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3'
        $body.name | Should -Be 'Pester Visitor'
        $body.custom_attributes.plan | Should -Be 'pro'
    }

    It 'refuses a change that changes nothing, and sends nothing with -WhatIf' {
        { Set-IntercomVisitor -UserId abc -ErrorAction Stop } | Should -Throw '*Nothing to change*'
        $before = Get-ChangeCount
        Set-IntercomVisitor -UserId abc -Name x -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'ConvertTo-IntercomContact' {
    It 'converts a piped visitor into the named contact' {
        $script:Sandbox.Log.Clear()
        $contact = Get-IntercomVisitor -UserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3 | ConvertTo-IntercomContact -Role user -ContactUserId customer-42 -Confirm:$false
        $contact.PSTypeNames | Should -Contain 'IntercomPS.Contact'
        $body = Get-SentBody 'POST /visitors/convert'
        $body.type | Should -Be 'user'
        $body.visitor.user_id | Should -Be '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3'
        $body.user.user_id | Should -Be 'customer-42'
    }

    It 'needs the contact named, and sends nothing with -WhatIf' {
        { ConvertTo-IntercomContact -VisitorUserId abc -Role lead -Confirm:$false -ErrorAction Stop } | Should -Throw '*-ContactId*'
        $before = Get-ChangeCount
        ConvertTo-IntercomContact -VisitorUserId abc -Role lead -ContactUserId l1 -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'Send-IntercomMessage' {
    It 'sends one message per piped contact, from the admin, to the contact in its role' {
        $script:Sandbox.Log.Clear()
        $contacts = @(Get-IntercomContact -First 2)
        $messages = @($contacts | Send-IntercomMessage -Body 'Pester hello' -FromAdminId $script:Admin -Confirm:$false)
        $messages.Count | Should -Be 2
        $messages[0].PSTypeNames | Should -Contain 'IntercomPS.Message'
        $bodies = Get-SentBody 'POST /messages'
        $bodies.Count | Should -Be 2
        ($bodies.to.id | Sort-Object) | Should -Be ($contacts.Id | Sort-Object)
        foreach ($body in $bodies) {
            $body.message_type | Should -Be 'in_app'
            $body.from.type | Should -Be 'admin'
            $body.from.id | Should -Be ([long]$script:Admin)
            $body.to.type | Should -Be ($contacts | Where-Object Id -eq $body.to.id).Role
            $body.PSObject.Properties.Name | Should -Not -Contain 'template'
        }
    }

    It 'sends an email with its subject and template' {
        $script:Sandbox.Log.Clear()
        Get-IntercomContact -First 1 | Send-IntercomMessage -MessageType email -Subject 'Pester' -Body 'Hi' -FromAdminId $script:Admin -Confirm:$false | Out-Null
        $body = Get-SentBody 'POST /messages'
        $body.subject | Should -Be 'Pester'
        $body.template | Should -Be 'plain'
    }

    It 'refuses an email without a subject and an in-app message with one' {
        { Send-IntercomMessage -ContactId 1 -MessageType email -Body x -FromAdminId 1 -Confirm:$false -ErrorAction Stop } | Should -Throw '*-Subject*'
        { Send-IntercomMessage -ContactId 1 -Subject s -Body x -FromAdminId 1 -Confirm:$false -ErrorAction Stop } | Should -Throw '*emails only*'
    }

    It 'sends nothing with -WhatIf' {
        $before = Get-ChangeCount
        Get-IntercomContact -First 3 | Send-IntercomMessage -Body 'x' -FromAdminId $script:Admin -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'Get-IntercomMessageDelivery' {
    It 'lists typed statuses of a ruleset and honours -First' {
        $script:Sandbox.Log.Clear()
        $statuses = @(Get-IntercomMessageDelivery -RulesetId 123)
        $statuses.Count | Should -BeGreaterThan 1
        $statuses[0].PSTypeNames | Should -Contain 'IntercomPS.WhatsappMessageStatusListEventsItem'
        ($script:Sandbox.Log.Entries | Where-Object Route -eq 'GET /messages/status')[0].Query | Should -Match 'ruleset_id=123'
        @(Get-IntercomMessageDelivery -RulesetId 123 -First 1).Count | Should -Be 1
    }
}

Describe 'Get-IntercomWhatsAppDelivery' {
    It 'looks messages up by id, typed' {
        $status = Get-IntercomWhatsAppDelivery -MessageId wamid_abc123
        $status.PSTypeNames | Should -Contain 'IntercomPS.WhatsappMessageStatus'
        $status.MessageId | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-IntercomAudience' {
    It 'lists typed audiences, honours -First and keeps going past a 404' {
        $all = @(Get-IntercomAudience)
        $all.Count | Should -BeGreaterThan 1
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Audience'
        @(Get-IntercomAudience -First 1).Count | Should -Be 1
        $found = @($all[0], [pscustomobject]@{ AudienceId = '987654321' } | Get-IntercomAudience -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'New-IntercomAudience, Set-IntercomAudience and Remove-IntercomAudience' {
    It 'creates with predicates, changes and deletes' {
        $script:Sandbox.Log.Clear()
        $predicate = @{ attribute = 'company.name'; type = 'string'; comparison = 'contains'; value = 'Acme' }
        $created = New-IntercomAudience -Name 'Pester audience' -Predicates $predicate
        $created.PSTypeNames | Should -Contain 'IntercomPS.Audience'
        $body = Get-SentBody 'POST /audiences'
        $body.name | Should -Be 'Pester audience'
        $body.predicates[0].attribute | Should -Be 'company.name'
        $body.predicates[0].value | Should -Be 'Acme'
        ($created | Set-IntercomAudience -Name 'Renamed' -PassThru).Name | Should -Be 'Renamed'
        $created | Remove-IntercomAudience -Confirm:$false
        { Get-IntercomAudience -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'sends nothing with -WhatIf' {
        $before = Get-ChangeCount
        New-IntercomAudience -Name 'Pester' -WhatIf
        Get-IntercomAudience | Set-IntercomAudience -Name x -WhatIf
        Get-IntercomAudience | Remove-IntercomAudience -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'Get-IntercomContactBanner and Hide-IntercomContactBanner' {
    It 'lists a piped contact''s typed banners and dismisses them' {
        $contact = Get-IntercomContact -First 1
        $banners = @($contact | Get-IntercomContactBanner)
        $banners.Count | Should -BeGreaterThan 0
        $banners[0].PSTypeNames | Should -Contain 'IntercomPS.Banner'
        $script:Sandbox.Log.Clear()
        $dismissed = @($banners | Hide-IntercomContactBanner -ContactId $contact.Id -PassThru -Confirm:$false)
        $dismissed[0].PSTypeNames | Should -Contain 'IntercomPS.BannerDismiss'
        ($script:Sandbox.Log.Entries | Where-Object Route -eq 'POST /contacts/{id}/banners/{view_id}/dismiss').Path |
            Should -Be "/contacts/$($contact.Id)/banners/$($banners[0].ViewId)/dismiss"
    }

    It 'sends nothing with -WhatIf' {
        $before = Get-ChangeCount
        Hide-IntercomContactBanner -ContactId 1 -ViewId 2 -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}

Describe 'Get-IntercomConversationHandlingEvent' {
    It 'lists the typed events of piped conversations and honours -First' {
        $events = @(Get-IntercomConversation -First 2 | Get-IntercomConversationHandlingEvent)
        $events.Count | Should -BeGreaterThan 1
        $events[0].PSTypeNames | Should -Contain 'IntercomPS.HandlingEvent'
        $events[0].Type | Should -BeIn 'paused', 'resumed'
        "$($events[0].Teammate)" | Should -Not -BeLike '*TeammateReference*'
        @(Get-IntercomConversation -First 1 | Get-IntercomConversationHandlingEvent -First 1).Count | Should -Be 1
    }
}

Describe 'Get-IntercomDataConnectorExecutionResult' {
    It 'lists typed results with the filters in the query, and looks one up' {
        $script:Sandbox.Log.Clear()
        $results = @(Get-IntercomDataConnectorExecutionResult -DataConnectorId 12345 -Success $false -Since ([DateTimeOffset]::FromUnixTimeSeconds(1700000000)) -IncludeBodies)
        $results.Count | Should -BeGreaterThan 0
        $results[0].PSTypeNames | Should -Contain 'IntercomPS.DataConnectorExecutionResult'
        $query = ($script:Sandbox.Log.Entries | Where-Object Route -eq 'GET /data_connectors/{data_connector_id}/execution_results')[0].Query
        $query | Should -Match 'success=false'
        $query | Should -Match 'start_ts=1700000000'
        $query | Should -Match 'include_bodies=true'
        @(Get-IntercomDataConnectorExecutionResult -DataConnectorId 12345 -First 1).Count | Should -Be 1
        $one = $results[0] | Get-IntercomDataConnectorExecutionResult
        $one.Id | Should -Be $results[0].Id
    }
}

Describe 'Get-IntercomDataConnector' {
    It 'lists typed connectors, honours -First, and reads them whole down the pipeline past a 404' {
        $all = @(Get-IntercomDataConnector)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.DataConnector'
        @(Get-IntercomDataConnector -First 1).Count | Should -Be 1
        $found = @($all[0], [pscustomobject]@{ DataConnectorId = '987654321' } | Get-IntercomDataConnector -ErrorVariable failed -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $found[0].PSTypeNames | Should -Contain 'IntercomPS.DataConnector'
        $failed[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'New-IntercomDataConnector, Set-IntercomDataConnector and Remove-IntercomDataConnector' {
    It 'creates with headers as name/value pairs, takes it live and deletes it' {
        $script:Sandbox.Log.Clear()
        $created = New-IntercomDataConnector -Name 'Pester connector' -HttpMethod get -Url 'https://api.example.com/orders/{{order_id}}' -Headers @{ 'X-Pester' = 'yes' } -DirectFinUsage $false -Audiences users
        $created.PSTypeNames | Should -Contain 'IntercomPS.DataConnector'
        $body = Get-SentBody 'POST /data_connectors'
        $body.name | Should -Be 'Pester connector'
        $body.headers[0].name | Should -Be 'X-Pester'
        $body.headers[0].value | Should -Be 'yes'
        $body.direct_fin_usage | Should -BeFalse
        $body.audiences | Should -Be @('users')
        $created | Set-IntercomDataConnector -State live | Out-Null
        (Get-SentBody 'PATCH /data_connectors/{id}').state | Should -Be 'live'
        $created | Remove-IntercomDataConnector -Confirm:$false
        { Get-IntercomDataConnector -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'refuses a change that changes nothing, and sends nothing with -WhatIf' {
        { Set-IntercomDataConnector -Id 12345 -ErrorAction Stop } | Should -Throw '*Nothing to change*'
        $before = Get-ChangeCount
        New-IntercomDataConnector -Name 'Pester' -WhatIf
        Get-IntercomDataConnector | Set-IntercomDataConnector -State draft -WhatIf
        Get-IntercomDataConnector | Remove-IntercomDataConnector -WhatIf
        Get-ChangeCount | Should -Be $before
    }
}
