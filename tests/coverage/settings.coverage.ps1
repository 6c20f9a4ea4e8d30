# Invocations of the workspace settings cmdlets (office hours schedules and exceptions, conversation attributes and
# their options, brands, macros, sender addresses, the IP allowlist, team metrics, activity log event types) for the
# API coverage test; see README.md. Ids are those of the description's examples.
@(
    @{ Cmdlet = 'Get-IntercomOfficeHoursSchedule'; Script = { Get-IntercomOfficeHoursSchedule } }
    @{ Cmdlet = 'Get-IntercomOfficeHoursSchedule'; Script = { Get-IntercomOfficeHoursSchedule -Id 123 } }
    @{ Cmdlet = 'New-IntercomOfficeHoursSchedule'; Script = { New-IntercomOfficeHoursSchedule -Name 'Standard Support Hours' -TimeZoneName 'America/New_York' -TimeInterval 'Mon 09:00-17:00', 'Tue 09:00-17:00' } }
    @{ Cmdlet = 'Set-IntercomOfficeHoursSchedule'; Script = { Set-IntercomOfficeHoursSchedule -Id 123 -Name 'Extended Support Hours' -TimeInterval 'Mon 08:00-18:00' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomOfficeHoursSchedule'; Script = { Remove-IntercomOfficeHoursSchedule -OfficeHoursScheduleId 123 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomOfficeHoursException'; Script = { Get-IntercomOfficeHoursException -OfficeHoursScheduleId 123 } }
    @{ Cmdlet = 'Get-IntercomOfficeHoursException'; Script = { Get-IntercomOfficeHoursException -OfficeHoursScheduleId 123 -Id 456 } }
    @{ Cmdlet = 'New-IntercomOfficeHoursException'; Script = { [pscustomobject]@{ OfficeHoursScheduleId = '123' } | New-IntercomOfficeHoursException -ExceptionDate 2026-12-25 -ExceptionType closed -Name 'Christmas Day' -RecurringAnnually $true } }
    @{ Cmdlet = 'Set-IntercomOfficeHoursException'; Script = { Set-IntercomOfficeHoursException -OfficeHoursScheduleId 123 -Id 456 -ExceptionType custom_hours -TimeInterval '10:00-14:00' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomOfficeHoursException'; Script = { Remove-IntercomOfficeHoursException -OfficeHoursScheduleId 123 -OfficeHoursExceptionId 456 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomConversationAttribute'; Script = { Get-IntercomConversationAttribute -IncludeArchived } }
    @{ Cmdlet = 'Get-IntercomConversationAttribute'; Script = { Get-IntercomConversationAttribute -Id 3 } }
    @{ Cmdlet = 'New-IntercomConversationAttribute'; Script = { New-IntercomConversationAttribute -Name 'api_test_attr' -DataType list -Option 'High', 'Low' -Description 'Created via API test' } }
    @{ Cmdlet = 'Set-IntercomConversationAttribute'; Script = { Set-IntercomConversationAttribute -Id 8 -Name 'api_test_renamed' -VisibleToTeamId @() -PassThru } }
    @{ Cmdlet = 'Remove-IntercomConversationAttribute'; Script = { Remove-IntercomConversationAttribute -ConversationAttributeId 8 -Confirm:$false } }
    @{ Cmdlet = 'New-IntercomConversationAttributeOption'; Script = { New-IntercomConversationAttributeOption -ConversationAttributeId 2 -Label 'High' } }
    @{ Cmdlet = 'Set-IntercomConversationAttributeOption'; Script = { Set-IntercomConversationAttributeOption -ConversationAttributeId 2 -OptionId 'a1b2c3d4-e5f6-7890-abcd-ef1234567890' -Label 'Renamed' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomConversationAttributeOption'; Script = { Remove-IntercomConversationAttributeOption -ConversationAttributeId 2 -OptionId 'a1b2c3d4-e5f6-7890-abcd-ef1234567890' -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomBrand'; Script = { Get-IntercomBrand } }
    @{ Cmdlet = 'Get-IntercomBrand'; Script = { Get-IntercomBrand -Id 15 -NoCache } }
    @{ Cmdlet = 'Get-IntercomMacro'; Script = { Get-IntercomMacro -First 2 -UpdatedSince '2025-07-01' } }
    @{ Cmdlet = 'Get-IntercomMacro'; Script = { Get-IntercomMacro -Id 123 } }
    @{ Cmdlet = 'Get-IntercomEmailSetting'; Script = { Get-IntercomEmailSetting } }
    @{ Cmdlet = 'Get-IntercomEmailSetting'; Script = { Get-IntercomEmailSetting -Id 10 } }
    @{ Cmdlet = 'Get-IntercomIpAllowlist'; Script = { Get-IntercomIpAllowlist } }
    @{ Cmdlet = 'Set-IntercomIpAllowlist'; Script = { Set-IntercomIpAllowlist -Add '203.0.113.0/24' -Confirm:$false -PassThru } }
    @{ Cmdlet = 'Get-IntercomTeamMetric'; Script = { Get-IntercomTeamMetric -TeamId 42 -IdleThreshold 30 } }
    @{ Cmdlet = 'Get-IntercomAdminActivityLogEventType'; Script = { Get-IntercomAdminActivityLogEventType } }
)
