#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Companies, a contact's and a company's related lists, notes, subscriptions, data attributes and data events in real
# PowerShell against the sandbox: typed output, binding by property name down pipelines, -WhatIf, a missing object as
# a non-terminating error while the rest go on, -First on lists, and what the sandbox holds after each change.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    function Get-ChangeRequestCount {
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -ne 'GET').Count
    }
    # The JSON bodies the sandbox received for a route, oldest first.
    function Get-RequestBody {
        param([Parameter(Mandatory)] [string] $Route)
        (Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq $Route | ForEach-Object { $_.Body | ConvertFrom-Json }
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'New-IntercomCompany, Set-IntercomCompany and Remove-IntercomCompany' {
    BeforeEach {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 60; ConversationCount = 10; CompanyCount = 6 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'creates a typed company, and a second create with its company_id updates that company' {
        $created = New-IntercomCompany -CompanyId 'acme-42' -Name 'Acme' -Plan 'Pro' -Size 12 -CustomAttribute @{ tier = 'gold' }
        $created.PSTypeNames[0] | Should -Be 'IntercomPS.Company'
        $created.Plan.Name | Should -Be 'Pro'
        $again = New-IntercomCompany -CompanyId 'acme-42' -Website 'https://acme.test'
        $again.Id | Should -Be $created.Id
        $again.Name | Should -Be 'Acme'
        (Get-IntercomCompany -CompanyId 'acme-42').Website | Should -Be 'https://acme.test'
    }

    It 'creates one company per CSV row, the columns bound by name, and sends no empty column' {
        $rows = 'CompanyId,Name,Industry', 'c-100,Globex,Energy', 'c-101,Initech,' | ConvertFrom-Csv
        $created = @($rows | New-IntercomCompany -Force)
        $created.Name | Should -Be @('Globex', 'Initech')
        (Get-IntercomCompany -CompanyId 'c-100').Industry | Should -Be 'Energy'
        # Changes run a few at a time, so the log's order is not the rows' order.
        (Get-RequestBody 'POST /companies' | Where-Object company_id -eq 'c-101').PSObject.Properties.Name | Should -Not -Contain 'industry'
    }

    It 'updates piped companies by Id, and the next read has the new values' {
        $companies = @(Get-IntercomCompany -First 2)
        $null = Get-IntercomCompany -Id $companies[0].Id
        $updated = @($companies | Set-IntercomCompany -Industry 'Retail' -MonthlySpend 250 -PassThru)
        $updated.Id | Should -Be $companies.Id
        (Get-IntercomCompany -Id $companies[0].Id).Industry | Should -Be 'Retail'
        (Get-RequestBody 'PUT /companies/{company_id}')[0].monthly_spend | Should -Be 250
    }

    It 'looks a company_id up once per command, however many changes name it' {
        $companyId = (Get-IntercomCompany -First 1).CompanyId
        $sandbox.Log.Clear()
        Set-IntercomCompany -CompanyId $companyId, $companyId -Plan 'Enterprise'
        $sandbox.Log.Count('GET /companies') | Should -Be 1
        $sandbox.Log.Count('PUT /companies/{company_id}') | Should -Be 2
        (Get-IntercomCompany -CompanyId $companyId).Plan.Name | Should -Be 'Enterprise'
    }

    It 'sends nothing with -WhatIf, not even the company_id lookup' {
        $companies = @(Get-IntercomCompany -First 3)
        $sandbox.Log.Clear()
        Set-IntercomCompany -CompanyId $companies[0].CompanyId -Name 'Preview' -WhatIf
        $companies | Remove-IntercomCompany -WhatIf
        $sandbox.Log.TotalCount | Should -Be 0
    }

    It 'reports a missing company as a non-terminating error and changes the rest' {
        $company = Get-IntercomCompany -First 1
        $targets = [pscustomobject]@{ Id = '0123456789abcdef01234567' }, $company
        $targets | Set-IntercomCompany -Name 'Renamed' -ErrorVariable failures -ErrorAction SilentlyContinue -InformationVariable summary
        $failures.Count | Should -Be 1
        "$($failures[0].TargetObject)" | Should -BeLike '*0123456789abcdef01234567*'
        "$($summary[-1].MessageData)" | Should -Be 'Set-IntercomCompany: 1 changed, 0 unchanged, 1 failed.'
        (Get-IntercomCompany -Id $company.Id).Name | Should -Be 'Renamed'
    }

    It 'refuses a change without a field to change' {
        $company = Get-IntercomCompany -First 1
        $err = Get-TerminatingError { Set-IntercomCompany -Id $company.Id }
        $err.FullyQualifiedErrorId | Should -BeLike 'NothingToChange*'
    }

    It 'deletes with -Force; a company already gone counts as unchanged' {
        $company = New-IntercomCompany -CompanyId 'to-delete' -Name 'Short lived'
        Remove-IntercomCompany -CompanyId 'to-delete' -Force -InformationVariable first
        "$($first[-1].MessageData)" | Should -Be 'Remove-IntercomCompany: 1 changed, 0 unchanged, 0 failed.'
        { Get-IntercomCompany -Id $company.Id -NoCache -ErrorAction Stop } | Should -Throw
        $company | Remove-IntercomCompany -Force -InformationVariable second
        "$($second[-1].MessageData)" | Should -Be 'Remove-IntercomCompany: 0 changed, 1 unchanged, 0 failed.'
    }
}

Describe 'Get-IntercomCompanyContact, Add-IntercomCompanyContact and Remove-IntercomCompanyContact' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 60; ConversationCount = 10; CompanyCount = 6 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'attaches piped contacts; the company then lists them as contacts that chain into the contact cmdlets' {
        $company = New-IntercomCompany -CompanyId 'links-1' -Name 'Links'
        $contacts = @(Get-IntercomContact -First 3)
        $sandbox.Log.Clear()
        $contacts | Add-IntercomCompanyContact -CompanyId 'links-1' -Force
        $sandbox.Log.Count('GET /companies') | Should -Be 1
        $sandbox.Log.Count('POST /contacts/{contact_id}/companies') | Should -Be 3
        (Get-RequestBody 'POST /contacts/{contact_id}/companies').id | Select-Object -Unique | Should -Be $company.Id

        $members = @(Get-IntercomCompanyContact -CompanyId 'links-1')
        $members[0].PSTypeNames[0] | Should -Be 'IntercomPS.Contact'
        (Get-OrdinalSorted $members.Id) | Should -Be (Get-OrdinalSorted $contacts.Id)
        $members | Set-IntercomContact -Name 'At Links'
        @(Get-IntercomCompanyContact -CompanyId 'links-1' | Where-Object Name -eq 'At Links').Count | Should -Be 3
        (Get-IntercomCompany -Id $company.Id).UserCount | Should -Be 3
    }

    It 'detaches a contact, which then lists the company no more' {
        $company = New-IntercomCompany -CompanyId 'links-2' -Name 'Links 2'
        $contact = Get-IntercomContact -First 1
        Add-IntercomCompanyContact -ContactId $contact.Id -CompanyId 'links-2' -Force
        (Get-IntercomContactCompany -ContactId $contact.Id).Id | Should -Contain $company.Id
        $company | Remove-IntercomCompanyContact -ContactId $contact.Id -Force -PassThru | ForEach-Object { $_.PSTypeNames[0] } | Should -Be 'IntercomPS.Company'
        (Get-IntercomContactCompany -ContactId $contact.Id).Id | Should -Not -Contain $company.Id
    }

    It 'previews with -WhatIf and sends nothing, not even the company_id lookup' {
        $contacts = @(Get-IntercomContact -First 2)
        $sandbox.Log.Clear()
        $contacts | Add-IntercomCompanyContact -CompanyId 'links-1' -WhatIf
        $contacts | Remove-IntercomCompanyContact -CompanyId 'links-1' -WhatIf
        $sandbox.Log.TotalCount | Should -Be 0
    }

    It 'lists page by page, -First per company, and a missing company_id is a non-terminating error' {
        $company = Get-IntercomCompany -First 1
        @(Get-IntercomCompanyContact -CompanyId $company.CompanyId -First 2).Count | Should -Be 2
        $found = @('no-such-company', $company.CompanyId | Get-IntercomCompanyContact -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'no-such-company'
        $found.Count | Should -Be $company.UserCount
    }
}

Describe 'Get-IntercomContactCompany, Get-IntercomContactSegment, Get-IntercomContactTag and Get-IntercomCompanySegment' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 60; ConversationCount = 10; CompanyCount = 6 }
        $users = @(Search-IntercomContact -Role user -First 5)
    }

    It 'reads a contact''s companies whole and typed, for contacts piped in' {
        $companies = @($users | Get-IntercomContactCompany)
        $companies.Count | Should -BeGreaterOrEqual 5
        $companies[0].PSTypeNames[0] | Should -Be 'IntercomPS.Company'
        $companies[0].Name | Should -Not -BeNullOrEmpty
        $users[0].Companies.Id | Should -Contain (Get-IntercomContactCompany -ContactId $users[0].Id)[0].Id
    }

    It 'reads segments and tags typed, with when and by whom a tag was applied' {
        Add-IntercomTag -Name 'Pester tag' -ContactId $users[0].Id -Force
        $tag = Get-IntercomContactTag -ContactId $users[0].Id | Where-Object Name -eq 'Pester tag'
        $tag.PSTypeNames[0] | Should -Be 'IntercomPS.Tag'
        $tag.AppliedAt | Should -Not -BeNullOrEmpty
        $segments = @($users | Get-IntercomContactSegment)
        $segments.Count | Should -BeGreaterThan 0
        $segments[0].PSTypeNames[0] | Should -Be 'IntercomPS.Segment'
    }

    It 'reports a missing contact as a non-terminating error and reads the next' {
        $found = @('no-such-contact', $users[0].Id | Get-IntercomContactSegment -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'no-such-contact'
        $found.Count | Should -Be @(Get-IntercomContactSegment -ContactId $users[0].Id).Count
        @('no-such-company' | Get-IntercomCompanySegment -ErrorVariable companyFailures -ErrorAction SilentlyContinue).Count | Should -Be 0
        $companyFailures.Count | Should -Be 1
    }

    It 'stops at -First' {
        Add-IntercomTag -Name 'Second tag' -ContactId $users[0].Id -Force
        @(Get-IntercomContactTag -ContactId $users[0].Id -First 1).Count | Should -Be 1
    }
}

Describe 'Get-IntercomNote, Get-IntercomContactNote, Get-IntercomCompanyNote and Add-IntercomNote -CompanyId' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 60; ConversationCount = 10; CompanyCount = 6 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'notes a piped company by its company_id, never as a contact, and reads the note back' {
        $company = Get-IntercomCompany -First 1
        $sandbox.Log.Clear()
        $note = $company | Add-IntercomNote -Body 'Renewal call booked' -Force -PassThru
        $sandbox.Log.Count('POST /companies/{company_id}/notes') | Should -Be 1
        $sandbox.Log.Count('POST /contacts/{contact_id}/notes') | Should -Be 0
        $note.PSTypeNames[0] | Should -Be 'IntercomPS.Note'
        $note.Company.Id | Should -Be $company.Id
        (Get-IntercomCompanyNote -CompanyId $company.CompanyId).Id | Should -Contain $note.Id
        ($note | Get-IntercomNote).Body | Should -BeLike '*Renewal call booked*'
    }

    It 'reads contacts'' notes typed, -First per contact' {
        $contacts = @(Get-IntercomContact -First 2)
        $contacts | Add-IntercomNote -Body 'First' -Force
        $contacts | Add-IntercomNote -Body 'Second' -Force
        $notes = @($contacts | Get-IntercomContactNote -First 1)
        $notes.Count | Should -Be 2
        $notes[0].PSTypeNames[0] | Should -Be 'IntercomPS.Note'
        $notes.Contact.Id | Should -Be $contacts.Id
        (Get-IntercomNote -Id $notes[0].Id).Contact.Id | Should -Be $contacts[0].Id
    }

    It 'reports a missing note as a non-terminating error and reads the rest, in order' {
        $contact = Get-IntercomContact -First 1
        $note = Add-IntercomNote -ContactId $contact.Id -Body 'Kept' -Force -PassThru
        $found = @('999999999999999', $note.Id | Get-IntercomNote -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 1
        $found.Id | Should -Be $note.Id
    }

    It 'sends nothing with -WhatIf' {
        $companies = @(Get-IntercomCompany -First 2)
        $sandbox.Log.Clear()
        $companies | Add-IntercomNote -Body 'Preview' -WhatIf
        Get-ChangeRequestCount | Should -Be 0
        $sandbox.Log.Count('GET /companies') | Should -Be 0
    }
}

Describe 'Get-IntercomSubscriptionType, Get-IntercomContactSubscription, Add-IntercomContactSubscription and Remove-IntercomContactSubscription' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 10 }
        $sandbox = (Get-IntercomConnection).Sandbox
        $contacts = @(Get-IntercomContact -First 2)
    }

    It 'lists the types typed, from the cache the second time, and finds ids in the list' {
        $sandbox.Log.Clear()
        $types = @(Get-IntercomSubscriptionType)
        $types[0].PSTypeNames[0] | Should -Be 'IntercomPS.SubscriptionType'
        $types[0].Name | Should -Not -BeNullOrEmpty
        $found = @($types[1].Id, 'no-such-type' | Get-IntercomSubscriptionType -ErrorVariable failures -ErrorAction SilentlyContinue)
        $sandbox.Log.Count('GET /subscription_types') | Should -Be 1
        $found.Id | Should -Be $types[1].Id
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'no-such-type'
        @(Get-IntercomSubscriptionType -First 1).Count | Should -Be 1
    }

    It 'sends the subscription type''s own consent type unless -ConsentType says otherwise' {
        $type = Get-IntercomSubscriptionType | Where-Object ConsentType -eq 'opt_in' | Select-Object -First 1
        $sandbox.Log.Clear()
        $contacts | Add-IntercomContactSubscription -SubscriptionTypeId $type.Id -Force
        Add-IntercomContactSubscription -ContactId $contacts[0].Id -SubscriptionTypeId $type.Id -ConsentType opt_out -Force
        $bodies = @(Get-RequestBody 'POST /contacts/{contact_id}/subscriptions')
        $bodies.consent_type | Should -Be @('opt_in', 'opt_in', 'opt_out')
        $bodies.id | Select-Object -Unique | Should -Be $type.Id
    }

    It 'binds a piped subscription type, removes a choice, and previews with -WhatIf' {
        $type = Get-IntercomSubscriptionType -First 1
        $sandbox.Log.Clear()
        $type | Remove-IntercomContactSubscription -ContactId $contacts[0].Id -WhatIf
        $type | Add-IntercomContactSubscription -ContactId $contacts[0].Id -WhatIf
        $sandbox.Log.TotalCount | Should -Be 0
        $type | Remove-IntercomContactSubscription -ContactId $contacts[0].Id -Force -PassThru | ForEach-Object { $_.PSTypeNames[0] } | Should -Be 'IntercomPS.SubscriptionType'
        $sandbox.Log.Entries[-1].Path | Should -Be "/contacts/$($contacts[0].Id)/subscriptions/$($type.Id)"
    }

    It 'reads a contact''s choices typed, for contacts piped in, and a missing contact is a non-terminating error' {
        $choices = @($contacts | Get-IntercomContactSubscription)
        $choices.Count | Should -BeGreaterThan 0
        $choices[0].PSTypeNames[0] | Should -Be 'IntercomPS.SubscriptionType'
        @('no-such-contact' | Get-IntercomContactSubscription -ErrorVariable failures -ErrorAction SilentlyContinue).Count | Should -Be 0
        $failures.Count | Should -Be 1
    }
}

Describe 'Block-IntercomContact and Get-IntercomContactMergeHistory' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 20; ConversationCount = 10 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'asks before blocking: a non-interactive session cannot answer, so nothing is sent' {
        $script = @"
Import-Module '$Manifest'
Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 5 }
`$sandbox = (Get-IntercomConnection).Sandbox
try { Block-IntercomContact -ContactId `$sandbox.ContactIdAt(0) -ErrorAction Stop; 'blocked' } catch { 'prompted: ' + `$_.FullyQualifiedErrorId }
@(`$sandbox.Log.Entries | Where-Object Method -eq 'POST').Count
"@
        $output = Invoke-FreshPwsh $script
        $output[0] | Should -BeLike 'prompted: *'
        $output[1] | Should -Be '0'
    }

    It 'blocks piped contacts with -Force, -WhatIf sends nothing, and -PassThru writes typed answers' {
        $leads = @(Search-IntercomContact -Role lead -First 2)
        $sandbox.Log.Clear()
        $leads | Block-IntercomContact -WhatIf
        $sandbox.Log.TotalCount | Should -Be 0
        $blocked = @($leads | Block-IntercomContact -Force -PassThru)
        $sandbox.Log.Count('POST /contacts/{contact_id}/block') | Should -Be 2
        $blocked[0].PSTypeNames[0] | Should -Be 'IntercomPS.ContactBlocked'
        $blocked.ContactId | Should -Be $leads.Id
    }

    It 'reads a user''s merge history typed, -First bounds it, and a missing contact is a non-terminating error' {
        $user = Search-IntercomContact -Role user -First 1
        $history = @(Get-IntercomContactMergeHistory -ContactId $user.Id -Order asc)
        $history.Count | Should -BeGreaterThan 0
        $history[0].PSTypeNames[0] | Should -Be 'IntercomPS.MergeHistoryItem'
        $history[0].MergedAt | Should -BeOfType [DateTimeOffset]
        ($sandbox.Log.Entries | Where-Object Route -eq 'GET /contacts/{id}/merge_history')[-1].Query | Should -BeLike '*order=asc*'
        @(Get-IntercomContactMergeHistory -ContactId $user.Id -First 1).Count | Should -Be 1
    }
}

Describe 'New-IntercomDataAttribute and Set-IntercomDataAttribute' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 10; ConversationCount = 10 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'creates a typed attribute, and a list attribute from -Option alone' {
        $attribute = New-IntercomDataAttribute -Name 'seats' -Model company -DataType integer -Description 'Licensed seats'
        $attribute.PSTypeNames[0] | Should -Be 'IntercomPS.DataAttribute'
        $attribute.Name | Should -Be 'seats'
        $null = New-IntercomDataAttribute -Name 'team-size' -Model contact -Option '1-10', '11-50'
        $list = (Get-RequestBody 'POST /data_attributes')[-1]
        $list.data_type | Should -Be 'options'
        $list.options.value | Should -Be @('1-10', '11-50')
    }

    It 'refuses what does not make an attribute, per record, and creates the rest' {
        $rows = @(
            [pscustomobject]@{ Name = 'bad-list'; Model = 'contact'; DataType = 'integer'; Options = @('a', 'b') }
            [pscustomobject]@{ Name = 'one-option'; Model = 'contact'; Options = @('only') }
            [pscustomobject]@{ Name = 'no-type'; Model = 'contact' }
            [pscustomobject]@{ Name = 'good'; Model = 'company'; DataType = 'boolean' }
        )
        $sandbox.Log.Clear()
        $created = @($rows | New-IntercomDataAttribute -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 3
        $created.Name | Should -Be 'good'
        $sandbox.Log.Count('POST /data_attributes') | Should -Be 1
    }

    It 'updates piped attributes, sends only the fields given, and refuses a change without any' {
        $attribute = New-IntercomDataAttribute -Name 'renewal-owner' -Model company -DataType string
        $updated = $attribute | Set-IntercomDataAttribute -Description 'Account manager' -Archived $false -PassThru
        $updated.Description | Should -Be 'Account manager'
        $body = (Get-RequestBody 'PUT /data_attributes/{data_attribute_id}')[-1]
        $body.PSObject.Properties.Name | Sort-Object | Should -Be @('archived', 'description')
        (Get-TerminatingError { $attribute | Set-IntercomDataAttribute }).FullyQualifiedErrorId | Should -BeLike 'NothingToChange*'
        $sandbox.Log.Clear()
        $attribute | Set-IntercomDataAttribute -Option 'a', 'b' -WhatIf
        Get-ChangeRequestCount | Should -Be 0
    }
}

Describe 'Send-IntercomDataEvent, Get-IntercomDataEvent, Get-IntercomDataEventSummary and Send-IntercomDataEventSummary' {
    BeforeAll {
        Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 10; ConversationCount = 10 }
        $sandbox = (Get-IntercomConnection).Sandbox
    }

    It 'sends one event per CSV row at its time, and one per piped contact by Intercom''s id now (not at the contact''s CreatedAt)' {
        $rows = 'EventName,Email,OccurredAt', 'exported-report,ann@example.test,2026-01-05T10:00:00Z', 'exported-report,bob@example.test,2026-01-06T11:30:00Z' | ConvertFrom-Csv
        $rows | Send-IntercomDataEvent
        $contacts = @(Get-IntercomContact -First 2)
        $before = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
        $contacts | Send-IntercomDataEvent -EventName 'upgraded-plan' -Metadata @{ plan = 'Pro' }
        # Changes run a few at a time, so the log's order is not the input's order.
        $bodies = @(Get-RequestBody 'POST /events')
        $bodies.Count | Should -Be 4
        ($bodies | Where-Object email -eq 'ann@example.test').created_at | Should -Be ([DateTimeOffset]'2026-01-05T10:00:00Z').ToUnixTimeSeconds()
        $byContact = @($bodies | Where-Object id)
        (Get-OrdinalSorted $byContact.id) | Should -Be (Get-OrdinalSorted $contacts.Id)
        $byContact | ForEach-Object { $_.created_at | Should -BeGreaterOrEqual $before; $_.metadata.plan | Should -Be 'Pro' }
    }

    It 'lists events typed, following the next links, and stops at -First' {
        $contact = Get-IntercomContact -First 1
        1..55 | ForEach-Object { [pscustomobject]@{ EventName = "step-$_"; ContactId = $contact.Id } } | Send-IntercomDataEvent -ThrottleLimit 8
        $sandbox.Log.Clear()
        $events = @(Get-IntercomDataEvent -ContactId $contact.Id)
        $events.Count | Should -BeGreaterOrEqual 55
        $events[0].PSTypeNames[0] | Should -Be 'IntercomPS.DataEvent'
        @($events.EventName -like 'step-*' | Select-Object -Unique).Count | Should -Be 55
        $sandbox.Log.Count('GET /events') | Should -BeGreaterThan 1
        @($sandbox.Log.Entries | Where-Object Route -eq 'GET /events')[0].Query | Should -BeLike "*intercom_user_id=$($contact.Id)*"
        @(Get-IntercomDataEvent -Email 'ann@example.test' -First 2).Count | Should -Be 2
    }

    It 'reads summaries typed, per user piped in' {
        $contacts = @(Get-IntercomContact -First 2)
        $sandbox.Log.Clear()
        $summaries = @($contacts | Get-IntercomDataEventSummary -First 1)
        $summaries.Count | Should -Be 2
        $summaries[0].PSTypeNames[0] | Should -Be 'IntercomPS.DataEventSummaryItem'
        ($sandbox.Log.Entries | Where-Object Route -eq 'GET /events').Query | ForEach-Object { $_ | Should -BeLike '*summary=true*' }
    }

    It 'sends a summary per row, and nothing with -WhatIf' {
        $rows = 'UserId,EventName,Count', 'user-1,invited-friend,3', 'user-2,invited-friend,7' | ConvertFrom-Csv
        $sandbox.Log.Clear()
        $rows | Send-IntercomDataEventSummary -WhatIf
        $sandbox.Log.TotalCount | Should -Be 0
        $rows | Send-IntercomDataEventSummary -First '2025-01-10' -Last '2026-02-01'
        $bodies = @(Get-RequestBody 'POST /events/summaries')
        (Get-OrdinalSorted $bodies.user_id) | Should -Be @('user-1', 'user-2')
        $second = $bodies | Where-Object user_id -eq 'user-2'
        $second.event_summaries.count | Should -Be 7
        $second.event_summaries.first | Should -Be ([DateTimeOffset]'2025-01-10').ToUnixTimeSeconds()
    }
}
