#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Workspace settings cmdlets against the sandbox (office hours and their exceptions, conversation attributes and
# their options, brands, macros, sender addresses, the IP allowlist, team metrics, activity log event types): typed
# objects, lookups down the pipeline, 404s that do not stop the rest, -WhatIf that changes nothing, request bodies.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop

    # The bodies of the requests sent to $Route since the log was last cleared, as objects (in no particular order).
    function Get-SentBody([string] $Route) {
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq $Route | ForEach-Object { $_.Body | ConvertFrom-Json })
    }

    function Get-ChangeCount {
        @((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -ne 'GET').Count
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomOfficeHoursSchedule' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed schedules, honours -First, and looks them up by property name past a 404' {
        $all = @(Get-IntercomOfficeHoursSchedule)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.OfficeHoursSchedule'
        $all[0].OfficeHoursScheduleId | Should -Be $all[0].Id
        @(Get-IntercomOfficeHoursSchedule -First 1).Count | Should -Be 1
        $found = @($all[0], [pscustomobject]@{ OfficeHoursScheduleId = '987654321' } | Get-IntercomOfficeHoursSchedule -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $found[0].Id | Should -Be $all[0].Id
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'New-IntercomOfficeHoursSchedule, Set-IntercomOfficeHoursSchedule and Remove-IntercomOfficeHoursSchedule' {
    BeforeEach { Connect-Intercom -Sandbox }

    It 'creates a schedule from written intervals, changes and deletes it' {
        $created = New-IntercomOfficeHoursSchedule -Name 'EMEA' -TimeZoneName 'Europe/Dublin' -TimeInterval 'Mon 09:00-17:30', 'tuesday 08:00-12:00', @{ StartMinute = 8640; EndMinute = 8700 }
        $created.PSTypeNames | Should -Contain 'IntercomPS.OfficeHoursSchedule'
        $body = Get-SentBody 'POST /office_hours_schedules' | Select-Object -Last 1
        $body.name | Should -Be 'EMEA'
        $body.time_zone_name | Should -Be 'Europe/Dublin'
        ($body.time_intervals | ForEach-Object { "$($_.start_minute)-$($_.end_minute)" }) -join ',' | Should -Be '540-1050,1920-2160,8640-8700'

        $changed = $created | Set-IntercomOfficeHoursSchedule -Name 'EMEA support' -PassThru
        $changed.Name | Should -Be 'EMEA support'
        (Get-SentBody 'PUT /office_hours_schedules/{id}')[-1].PSObject.Properties.Name | Should -Be @('name')

        $created | Remove-IntercomOfficeHoursSchedule -Confirm:$false
        { Get-IntercomOfficeHoursSchedule -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'copies a piped schedule, its intervals included' {
        $source = Get-IntercomOfficeHoursSchedule -First 1
        $copy = $source | New-IntercomOfficeHoursSchedule -Name 'Copy'
        $copy.Id | Should -Not -Be $source.Id
        $body = Get-SentBody 'POST /office_hours_schedules' | Select-Object -Last 1
        $body.time_zone_name | Should -Be $source.TimeZoneName
        @($body.time_intervals).Count | Should -Be @($source.TimeIntervals).Count
        $body.time_intervals[0].start_minute | Should -Be $source.TimeIntervals[0].StartMinute
    }

    It 'refuses intervals it cannot read, naming the form to use' {
        { New-IntercomOfficeHoursSchedule -Name 'x' -TimeZoneName 'UTC' -TimeInterval '09:00-17:00' -ErrorAction Stop } | Should -Throw '*names no day*'
        { New-IntercomOfficeHoursSchedule -Name 'x' -TimeZoneName 'UTC' -TimeInterval 'Mon 17:00-09:00' -ErrorAction Stop } | Should -Throw '*ends before it starts*'
        { New-IntercomOfficeHoursSchedule -Name 'x' -TimeZoneName 'UTC' -TimeInterval 'Mon 9-5' -ErrorAction Stop } | Should -Throw "*'Mon 09:00-17:00'*"
        Get-ChangeCount | Should -Be 0
    }

    It 'needs something to change' {
        { Set-IntercomOfficeHoursSchedule -Id 123 -ErrorAction Stop } | Should -Throw '*Nothing to change*'
    }

    It 'changes nothing with -WhatIf' {
        New-IntercomOfficeHoursSchedule -Name 'x' -TimeZoneName 'UTC' -TimeInterval 'Mon 09:00-17:00' -WhatIf
        Get-IntercomOfficeHoursSchedule | Set-IntercomOfficeHoursSchedule -Name 'y' -WhatIf
        Get-IntercomOfficeHoursSchedule | Remove-IntercomOfficeHoursSchedule -WhatIf
        Get-ChangeCount | Should -Be 0
    }
}

Describe 'Get-IntercomOfficeHoursException' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists the exceptions of each piped schedule, typed, under that schedule' {
        $schedule = Get-IntercomOfficeHoursSchedule -First 1
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        $found = @([pscustomobject]@{ OfficeHoursScheduleId = '555' }, $schedule | Get-IntercomOfficeHoursException)
        $found.Count | Should -BeGreaterThan 0
        $found[0].PSTypeNames | Should -Contain 'IntercomPS.OfficeHoursException'
        ($log.Entries | Where-Object Method -eq 'GET').Path | Should -Be @('/office_hours_schedules/555/office_hours_exceptions', "/office_hours_schedules/$($schedule.Id)/office_hours_exceptions")
        @($schedule | Get-IntercomOfficeHoursException -First 1).Count | Should -Be 1
    }

    It 'looks one up by id under its schedule' {
        $first = Get-IntercomOfficeHoursSchedule -First 1 | Get-IntercomOfficeHoursException -First 1
        $again = Get-IntercomOfficeHoursException -OfficeHoursScheduleId $first.OfficeHoursScheduleId -Id $first.Id
        $again.Id | Should -Be $first.Id
        $again.OfficeHoursExceptionId | Should -Be $first.Id
    }
}

Describe 'New-IntercomOfficeHoursException, Set-IntercomOfficeHoursException and Remove-IntercomOfficeHoursException' {
    BeforeEach { Connect-Intercom -Sandbox }

    It 'adds a holiday to each piped schedule, taking only the schedule from it' {
        $schedules = @(Get-IntercomOfficeHoursSchedule)
        $made = @($schedules | New-IntercomOfficeHoursException -ExceptionDate ([datetime]'2026-12-25T23:30:00') -ExceptionType closed -Name 'Christmas Day' -RecurringAnnually $true)
        $made.Count | Should -Be $schedules.Count
        $made[0].PSTypeNames | Should -Contain 'IntercomPS.OfficeHoursException'
        $made[0].OfficeHoursScheduleId | Should -Be $schedules[0].Id
        $body = Get-SentBody 'POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions' | Select-Object -First 1
        $body.exception_date | Should -Be '2026-12-25'
        $body.exception_type | Should -Be 'closed'
        $body.name | Should -Be 'Christmas Day'
        $body.recurring_annually | Should -BeTrue
        $body.PSObject.Properties.Name | Should -Not -Contain 'time_intervals'
    }

    It 'sends custom hours from midnight of the date, changes and deletes the exception' {
        $schedule = Get-IntercomOfficeHoursSchedule -First 1
        $eve = $schedule | New-IntercomOfficeHoursException -ExceptionDate 2026-12-24 -ExceptionType custom_hours -TimeInterval '09:00-13:00'
        $body = Get-SentBody 'POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions' | Select-Object -Last 1
        $body.time_intervals[0].start_minute | Should -Be 540
        $body.time_intervals[0].end_minute | Should -Be 780

        $changed = $eve | Set-IntercomOfficeHoursException -TimeInterval '10:00-12:00' -PassThru
        $changed.Id | Should -Be $eve.Id
        (Get-SentBody 'PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}')[-1].time_intervals[0].start_minute | Should -Be 600

        $eve | Remove-IntercomOfficeHoursException -Confirm:$false
        { Get-IntercomOfficeHoursException -OfficeHoursScheduleId $schedule.Id -Id $eve.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'refuses open hours on a closed day, and a custom_hours day without them' {
        $schedule = Get-IntercomOfficeHoursSchedule -First 1
        { $schedule | New-IntercomOfficeHoursException -ExceptionDate 2026-12-25 -ExceptionType closed -TimeInterval '10:00-12:00' -ErrorAction Stop } | Should -Throw '*closed day*'
        { $schedule | New-IntercomOfficeHoursException -ExceptionDate 2026-12-25 -ExceptionType custom_hours -ErrorAction Stop } | Should -Throw '*-TimeInterval*'
        { $schedule | New-IntercomOfficeHoursException -ExceptionDate 2026-12-25 -ExceptionType custom_hours -TimeInterval 'Mon 10:00-12:00' -ErrorAction Stop } | Should -Throw '*on its date*'
        Get-ChangeCount | Should -Be 0
    }

    It 'deletes nothing when a schedule is piped to Remove-IntercomOfficeHoursException, and nothing with -WhatIf' {
        $schedule = Get-IntercomOfficeHoursSchedule -First 1
        { $schedule | Remove-IntercomOfficeHoursException -Confirm:$false -ErrorAction Stop } | Should -Throw
        $schedule | New-IntercomOfficeHoursException -ExceptionDate 2026-01-01 -ExceptionType closed -WhatIf
        $schedule | Get-IntercomOfficeHoursException | Set-IntercomOfficeHoursException -Name 'x' -WhatIf
        $schedule | Get-IntercomOfficeHoursException | Remove-IntercomOfficeHoursException -WhatIf
        Get-ChangeCount | Should -Be 0
    }
}

Describe 'Get-IntercomConversationAttribute' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed attributes, asks for archived ones with -IncludeArchived, and looks them up past a 404' {
        $all = @(Get-IntercomConversationAttribute)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.ConversationAttribute'
        @(Get-IntercomConversationAttribute -First 1).Count | Should -Be 1
        $null = Get-IntercomConversationAttribute -IncludeArchived
        ((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq 'GET /conversations/attributes')[-1].Query | Should -Match 'include_archived=true'
        $found = @($all[0], [pscustomobject]@{ ConversationAttributeId = '987654321' } | Get-IntercomConversationAttribute -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'New-IntercomConversationAttribute, Set-IntercomConversationAttribute and Remove-IntercomConversationAttribute' {
    BeforeEach { Connect-Intercom -Sandbox }

    It 'creates a list attribute with its options, changes and archives it' {
        $created = New-IntercomConversationAttribute -Name 'Escalation' -DataType list -Option 'Tier 1', 'Tier 2' -Required $true
        $created.PSTypeNames | Should -Contain 'IntercomPS.ConversationAttribute'
        $body = Get-SentBody 'POST /conversations/attributes' | Select-Object -Last 1
        $body.data_type | Should -Be 'list'
        $body.required | Should -BeTrue
        $body.options.label -join ',' | Should -Be 'Tier 1,Tier 2'

        $null = $created | Set-IntercomConversationAttribute -VisibleToTeamId @() -Description 'Who has it'
        $sent = (Get-SentBody 'PUT /conversations/attributes/{id}')[-1]
        $sent.description | Should -Be 'Who has it'
        $sent.PSObject.Properties.Name | Should -Contain 'visible_to_team_ids'
        @($sent.visible_to_team_ids).Count | Should -Be 0

        $archived = $created | Remove-IntercomConversationAttribute -Confirm:$false -PassThru
        $archived.PSTypeNames | Should -Contain 'IntercomPS.ConversationAttribute'
        (Get-IntercomConnection).Sandbox.Log.Count('DELETE /conversations/attributes/{id}') | Should -Be 1
    }

    It 'sends a relationship reference, and refuses settings of another data type' {
        $null = New-IntercomConversationAttribute -Name 'Order' -DataType relationship -Cardinality one -ObjectTypeId 'Order'
        $body = Get-SentBody 'POST /conversations/attributes' | Select-Object -Last 1
        $body.reference.type | Should -Be 'one'
        $body.reference.object_type_id | Should -Be 'Order'
        { New-IntercomConversationAttribute -Name 'x' -DataType string -Option a -ErrorAction Stop } | Should -Throw '*-DataType list*'
        { New-IntercomConversationAttribute -Name 'x' -DataType integer -Multiline $true -ErrorAction Stop } | Should -Throw '*-DataType string*'
        (Get-IntercomConnection).Sandbox.Log.Count('POST /conversations/attributes') | Should -Be 1
    }

    It 'changes nothing with -WhatIf' {
        New-IntercomConversationAttribute -Name 'x' -DataType boolean -WhatIf
        Get-IntercomConversationAttribute | Set-IntercomConversationAttribute -Required $true -WhatIf
        Get-IntercomConversationAttribute | Remove-IntercomConversationAttribute -WhatIf
        Get-ChangeCount | Should -Be 0
    }
}

Describe 'New-IntercomConversationAttributeOption, Set-IntercomConversationAttributeOption and Remove-IntercomConversationAttributeOption' {
    BeforeEach {
        Connect-Intercom -Sandbox
        $script:Attribute = New-IntercomConversationAttribute -Name 'Region' -DataType list -Option 'EMEA'
        (Get-IntercomConnection).Sandbox.Log.Clear()
    }

    It 'adds, renames and archives options of a piped attribute, writing the attribute' {
        $answer = $script:Attribute | New-IntercomConversationAttributeOption -Label 'APAC'
        $answer.PSTypeNames | Should -Contain 'IntercomPS.ConversationAttribute'
        (Get-SentBody 'POST /conversations/attributes/{id}/options')[0].label | Should -Be 'APAC'
        ((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -eq 'POST')[0].Path | Should -Be "/conversations/attributes/$($script:Attribute.Id)/options"

        $option = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'
        $script:Attribute | Set-IntercomConversationAttributeOption -OptionId $option -Label 'Europe' | Should -BeNullOrEmpty
        (Get-SentBody 'PUT /conversations/attributes/{id}/options/{option_id}')[0].label | Should -Be 'Europe'
        $script:Attribute | Remove-IntercomConversationAttributeOption -OptionId $option -Confirm:$false -PassThru | Should -Not -BeNullOrEmpty
        ((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Method -eq 'DELETE')[0].Path | Should -Be "/conversations/attributes/$($script:Attribute.Id)/options/$option"
    }

    It 'changes nothing with -WhatIf' {
        $script:Attribute | New-IntercomConversationAttributeOption -Label 'APAC' -WhatIf
        $script:Attribute | Set-IntercomConversationAttributeOption -OptionId 'o1' -Label 'x' -WhatIf
        $script:Attribute | Remove-IntercomConversationAttributeOption -OptionId 'o1' -WhatIf
        Get-ChangeCount | Should -Be 0
    }
}

Describe 'Get-IntercomBrand' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed brands from one request, then looks them up from the cache' {
        $all = @(Get-IntercomBrand)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Brand'
        @(Get-IntercomBrand -First 1).Count | Should -Be 1
        $log = (Get-IntercomConnection).Sandbox.Log
        $log.Clear()
        (Get-IntercomBrand -Id $all[0].Id).Name | Should -Be $all[0].Name
        $log.TotalCount | Should -Be 0
        $found = @([pscustomobject]@{ BrandId = '987654321' }, $all[0] | Get-IntercomBrand -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomMacro' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed macros page by page, filters by -UpdatedSince, and looks them up past a 404' {
        $all = @(Get-IntercomMacro)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Macro'
        @(Get-IntercomMacro -First 1).Count | Should -Be 1
        $null = Get-IntercomMacro -UpdatedSince ([DateTimeOffset]::FromUnixTimeSeconds(1700000000))
        ((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq 'GET /macros')[-1].Query | Should -Match 'updated_since=1700000000'
        $found = @($all[0], [pscustomobject]@{ MacroId = '987654321' } | Get-IntercomMacro -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomEmailSetting' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists typed sender addresses and looks them up past a 404' {
        $all = @(Get-IntercomEmailSetting)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.EmailSetting'
        @(Get-IntercomEmailSetting -First 1).Count | Should -Be 1
        $found = @($all[0], [pscustomobject]@{ EmailSettingId = '987654321' } | Get-IntercomEmailSetting -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomIpAllowlist and Set-IntercomIpAllowlist' {
    BeforeEach {
        Connect-Intercom -Sandbox
        $script:Before = Get-IntercomIpAllowlist
        (Get-IntercomConnection).Sandbox.Log.Clear()
    }

    It 'reads the allowlist typed' {
        $script:Before.PSTypeNames | Should -Contain 'IntercomPS.IpAllowlist'
        $script:Before.IpAllowlistValue.Count | Should -BeGreaterThan 0
    }

    It 'adds and removes one range by writing the whole changed list back' {
        $keep = $script:Before.IpAllowlistValue[0]
        $drop = $script:Before.IpAllowlistValue[-1]
        $after = Set-IntercomIpAllowlist -Add '203.0.113.0/24' -Remove $drop -Confirm:$false -PassThru
        $sent = Get-SentBody 'PUT /ip_allowlist'
        $sent.Count | Should -Be 1
        $sent[0].ip_allowlist | Should -Contain $keep
        $sent[0].ip_allowlist | Should -Contain '203.0.113.0/24'
        $sent[0].ip_allowlist | Should -Not -Contain $drop
        $sent[0].PSObject.Properties.Name | Should -Not -Contain 'enabled'
        (Get-IntercomIpAllowlist).IpAllowlistValue | Should -Be $after.IpAllowlistValue
    }

    It 'shows the resulting list with -WhatIf and sends nothing' {
        $said = Invoke-FreshPwsh "Import-Module '$Manifest'; Connect-Intercom -Sandbox; Set-IntercomIpAllowlist -Add 198.51.100.7 -Remove 10.0.0.1 -WhatIf; (Get-IntercomConnection).Sandbox.Log.Entries.Method -join ','"
        $said -join ' ' | Should -Match ([regex]::Escape('allow 192.168.1.0/24, 198.51.100.7 (adds 198.51.100.7) (removes 10.0.0.1)'))
        $said[-1] | Should -Be 'GET,GET'
    }

    It 'sends nothing when the list would not change' {
        Set-IntercomIpAllowlist -Add $script:Before.IpAllowlistValue[0] -Confirm:$false
        Get-ChangeCount | Should -Be 0
    }

    It 'refuses what is no address, and an enabled list with no address' {
        { Set-IntercomIpAllowlist -Add '1.2.3' -Confirm:$false -ErrorAction Stop } | Should -Throw '*no IP address*'
        { Set-IntercomIpAllowlist -Add '10.0.0.0/33' -Confirm:$false -ErrorAction Stop } | Should -Throw '*no IP address*'
        { Set-IntercomIpAllowlist -Address @() -Confirm:$false -ErrorAction Stop } | Should -Throw '*lock every teammate out*'
        Get-ChangeCount | Should -Be 0
    }

    It 'replaces the list and turns it off' {
        Set-IntercomIpAllowlist -Address @() -Enabled $false -Confirm:$false
        $sent = (Get-SentBody 'PUT /ip_allowlist')[0]
        $sent.enabled | Should -BeFalse
        $sent.PSObject.Properties.Name | Should -Contain 'ip_allowlist'
        @($sent.ip_allowlist).Count | Should -Be 0
    }
}

Describe 'Get-IntercomTeamMetric' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'reads each piped team''s metrics typed, naming the team, past a team that is not there' {
        $teams = @(Get-IntercomTeam -First 2)
        $metrics = @(@([pscustomobject]@{ TeamId = '987654321' }) + $teams | Get-IntercomTeamMetric -IdleThreshold 45 -ErrorVariable missing -ErrorAction SilentlyContinue)
        $metrics.Count | Should -BeGreaterThan 0
        $metrics[0].PSTypeNames | Should -Contain 'IntercomPS.TeamMetric'
        $metrics.TeamId | Sort-Object -Unique | Should -Be ($teams.Id | Sort-Object)
        $missing[0].TargetObject | Should -Be '987654321'
        ((Get-IntercomConnection).Sandbox.Log.Entries | Where-Object Route -eq 'GET /teams/{team_id}/metrics')[-1].Query | Should -Match 'idle_threshold=2700'
        @($teams[0] | Get-IntercomTeamMetric -First 1).Count | Should -Be 1
    }
}

Describe 'Get-IntercomAdminActivityLogEventType' {
    BeforeAll { Connect-Intercom -Sandbox }

    It 'lists the kinds of events as text, filtered by wildcard' {
        $all = @(Get-IntercomAdminActivityLogEventType)
        $all | Should -Contain 'admin_login_success'
        $all[0] | Should -BeOfType [string]
        Get-IntercomAdminActivityLogEventType -Name 'ADMIN_LOG*' | Should -Be @('admin_login_failure', 'admin_login_success', 'admin_logout')
    }
}
