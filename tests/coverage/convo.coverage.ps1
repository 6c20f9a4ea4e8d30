# One invocation per operation the conversation (the rest), admin away/activity and data export cmdlets send.
# Ids are literals (Prism accepts any id in a path): a second cmdlet fetching them would be credited with its requests.
@(
    # Prism answers 422 for any contact id here: the description's from.id cannot be satisfied (tests/coverage/spec-defects.json).
    @{ Cmdlet = 'New-IntercomConversation'; Script = { New-IntercomConversation -ContactId '6762f0dd1bb69f9f2193bb83' -Body 'Hello' -ErrorAction SilentlyContinue } }
    @{ Cmdlet = 'Remove-IntercomConversation'; Script = { Remove-IntercomConversation -Id '123' -RetainMetrics -Force } }
    @{ Cmdlet = 'Merge-IntercomConversation'; Script = { Merge-IntercomConversation -Id '123' -IntoConversationId '456' -Force } }
    @{ Cmdlet = 'ConvertTo-IntercomTicket'; Script = { [pscustomobject]@{ Id = '123' } | ConvertTo-IntercomTicket -TicketTypeId '1' } }
    @{ Cmdlet = 'Add-IntercomConversationContact'; Script = { [pscustomobject]@{ Id = '6762f0dd1bb69f9f2193bb83' } | Add-IntercomConversationContact -ConversationId '123' -AdminId '991267493' } }
    @{ Cmdlet = 'Remove-IntercomConversationContact'; Script = { [pscustomobject]@{ Id = '6762f0dd1bb69f9f2193bb83' } | Remove-IntercomConversationContact -ConversationId '123' -AdminId '991267493' -Confirm:$false } }
    @{ Cmdlet = 'Clear-IntercomConversationPart'; Script = { Clear-IntercomConversationPart -ConversationId '123' -PartId '1' -Force } }
    @{ Cmdlet = 'Get-IntercomDeletedConversation'; Script = { Get-IntercomDeletedConversation -First 1 } }
    @{ Cmdlet = 'Get-IntercomSideConversation'; Script = { [pscustomobject]@{ Id = '123' } | Get-IntercomSideConversation } }
    @{ Cmdlet = 'Set-IntercomAdmin'; Script = { [pscustomobject]@{ Id = '991267493' } | Set-IntercomAdmin -AwayModeEnabled $true -AwayStatusReasonId 1 } }
    @{ Cmdlet = 'Get-IntercomAwayStatusReason'; Script = { Get-IntercomAwayStatusReason -NoCache } }
    @{ Cmdlet = 'Get-IntercomAdminActivityLog'; Script = { Get-IntercomAdminActivityLog -Since ([DateTimeOffset]::UtcNow.AddDays(-2)) } }
    @{ Cmdlet = 'Start-IntercomDataExport'; Script = { Start-IntercomDataExport -Since ([DateTimeOffset]::UtcNow.AddDays(-7)) } }
    @{ Cmdlet = 'Get-IntercomDataExport'; Script = { [pscustomobject]@{ JobIdentifier = 'job1' } | Get-IntercomDataExport } }
    @{ Cmdlet = 'Stop-IntercomDataExport'; Script = { [pscustomobject]@{ JobIdentifier = 'job1' } | Stop-IntercomDataExport } }
    @{ Cmdlet = 'Save-IntercomDataExport'; Script = { [pscustomobject]@{ JobIdentifier = 'job1' } | Save-IntercomDataExport -Path ([IO.Path]::GetTempPath()) -Force } }
)
