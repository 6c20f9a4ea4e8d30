# One invocation per operation the conversation (the rest), admin away/activity and data export cmdlets send.
@(
    @{ Cmdlet = 'New-IntercomConversation'; Script = { New-IntercomConversation -ContactId (Get-IntercomContact -First 1).Id -Body 'Hello' } }
    @{ Cmdlet = 'Remove-IntercomConversation'; Script = { Remove-IntercomConversation -Id (Get-IntercomConversation -First 1).Id -RetainMetrics -Force } }
    @{ Cmdlet = 'Merge-IntercomConversation'; Script = { $a, $b = Get-IntercomConversation -First 2; Merge-IntercomConversation -Id $b.Id -IntoConversationId $a.Id -Force } }
    @{ Cmdlet = 'ConvertTo-IntercomTicket'; Script = { Get-IntercomConversation -First 1 | ConvertTo-IntercomTicket -TicketTypeId 1 } }
    @{ Cmdlet = 'Add-IntercomConversationContact'; Script = { Get-IntercomContact -First 1 | Add-IntercomConversationContact -ConversationId (Get-IntercomConversation -First 1).Id -AdminId (Get-IntercomAdmin -First 1).Id } }
    @{ Cmdlet = 'Remove-IntercomConversationContact'; Script = { Get-IntercomContact -First 1 | Remove-IntercomConversationContact -ConversationId (Get-IntercomConversation -First 1).Id -AdminId (Get-IntercomAdmin -First 1).Id -Confirm:$false } }
    @{ Cmdlet = 'Clear-IntercomConversationPart'; Script = { Clear-IntercomConversationPart -ConversationId (Get-IntercomConversation -First 1).Id -PartId 1 -Force } }
    @{ Cmdlet = 'Get-IntercomDeletedConversation'; Script = { Get-IntercomDeletedConversation -First 5 } }
    @{ Cmdlet = 'Get-IntercomSideConversation'; Script = { Get-IntercomConversation -First 1 | Get-IntercomSideConversation } }
    @{ Cmdlet = 'Set-IntercomAdmin'; Script = { Get-IntercomAdmin -First 1 | Set-IntercomAdmin -AwayModeEnabled $true -AwayStatusReasonId 1 } }
    @{ Cmdlet = 'Get-IntercomAwayStatusReason'; Script = { Get-IntercomAwayStatusReason -NoCache } }
    @{ Cmdlet = 'Get-IntercomAdminActivityLog'; Script = { Get-IntercomAdminActivityLog -Since (Get-Date).AddDays(-2) } }
    @{ Cmdlet = 'Start-IntercomDataExport'; Script = { Start-IntercomDataExport -Since (Get-Date).AddDays(-7) } }
    @{ Cmdlet = 'Get-IntercomDataExport'; Script = { Start-IntercomDataExport -Since (Get-Date).AddDays(-7) | Get-IntercomDataExport } }
    @{ Cmdlet = 'Stop-IntercomDataExport'; Script = { Start-IntercomDataExport -Since (Get-Date).AddDays(-7) | Stop-IntercomDataExport } }
    @{ Cmdlet = 'Save-IntercomDataExport'; Script = { Start-IntercomDataExport -Since (Get-Date).AddDays(-7) | Save-IntercomDataExport -Path ([IO.Path]::GetTempPath()) -Force } }
)
