# Tickets, ticket types and their attributes, ticket states, and the jobs of enqueued tickets: one invocation per
# operation the ticket cmdlets send (run against Prism by the coverage test; see README.md in this folder).
@(
    @{ Cmdlet = 'Get-IntercomTicket'; Script = { Get-IntercomTicket -Id '123' } }
    @{ Cmdlet = 'Search-IntercomTicket'; Script = { Search-IntercomTicket -Query @{ field = 'open'; operator = '='; value = $true } -First 1 } }
    @{ Cmdlet = 'New-IntercomTicket'; Script = { New-IntercomTicket -TicketTypeId '1234' -ContactId '6762f2341bb69f9f2193bc17' -Title 'Printer on fire' -Force } }
    @{ Cmdlet = 'New-IntercomTicket'; Script = { New-IntercomTicket -TicketTypeId '1234' -ContactEmail 'ada@example.com' -Title 'Imported' -Enqueue -Force } }
    @{ Cmdlet = 'Set-IntercomTicket'; Script = { Set-IntercomTicket -Id '123' -Title 'Printer on fire (3rd floor)' -Open $false -Force } }
    @{ Cmdlet = 'Set-IntercomTicket'; Script = { Set-IntercomTicket -Id '123' -TicketTypeId '1234' -TicketStateId '8' -Force } }
    @{ Cmdlet = 'Remove-IntercomTicket'; Script = { Remove-IntercomTicket -Id '123' -Force } }
    @{ Cmdlet = 'Send-IntercomTicketReply'; Script = { Send-IntercomTicketReply -Id '123' -Body 'We are on it.' -AdminId '991267493' -Force } }
    @{ Cmdlet = 'Add-IntercomTicketConversation'; Script = { Add-IntercomTicketConversation -TicketId '123' -ConversationId '456' -Force } }
    @{ Cmdlet = 'Remove-IntercomTicketConversation'; Script = { Remove-IntercomTicketConversation -TicketId '123' -ConversationId '456' -Force } }
    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -TagId '123' -TicketId '123' -AdminId '991267493' -Force } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -TagId '123' -TicketId '123' -AdminId '991267493' -Force } }
    @{ Cmdlet = 'Get-IntercomTicketType'; Script = { Get-IntercomTicketType } }
    @{ Cmdlet = 'Get-IntercomTicketType'; Script = { Get-IntercomTicketType -Id '1234' } }
    @{ Cmdlet = 'New-IntercomTicketType'; Script = { New-IntercomTicketType -Name 'Bug report' -Category 'Customer' -Force } }
    @{ Cmdlet = 'Set-IntercomTicketType'; Script = { Set-IntercomTicketType -Id '1234' -Name 'Bug report' -Force } }
    @{ Cmdlet = 'Get-IntercomTicketTypeAttribute'; Script = { Get-IntercomTicketTypeAttribute -TicketTypeId '1234' } }
    @{ Cmdlet = 'New-IntercomTicketTypeAttribute'; Script = { New-IntercomTicketTypeAttribute -TicketTypeId '1234' -Name 'Priority' -Description 'How urgent' -DataType list -ListItem 'Low', 'High' -Force } }
    @{ Cmdlet = 'Set-IntercomTicketTypeAttribute'; Script = { Set-IntercomTicketTypeAttribute -TicketTypeId '1234' -Id '1' -RequiredToCreate $true -Force } }
    @{ Cmdlet = 'Get-IntercomTicketState'; Script = { Get-IntercomTicketState } }
    @{ Cmdlet = 'Get-IntercomJob'; Script = { Get-IntercomJob -Id '1234' } }
    @{ Cmdlet = 'Export-IntercomTicket'; Script = { Export-IntercomTicket -Path (Join-Path $CoverageOutput 'tickets.jsonl') -Since ([DateTime]::UtcNow.AddDays(-2)) } }
)
