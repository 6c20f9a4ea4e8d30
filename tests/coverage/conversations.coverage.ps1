# Invocations of the conversation cmdlets for the API coverage test; see README.md.
@(
    @{ Cmdlet = 'Get-IntercomConversation'; Script = { Get-IntercomConversation -First 2 } }
    @{ Cmdlet = 'Get-IntercomConversation'; Script = { Get-IntercomConversation -Id 123 } }
    @{ Cmdlet = 'Get-IntercomConversation'; Script = { Get-IntercomConversation -State open -First 2 } }
    @{ Cmdlet = 'Get-IntercomConversation'; Script = { Get-IntercomConversation -Since ([DateTime]::UtcNow.AddDays(-2)) -ChunkDays 1 -IncludeParts -ExpandContact -ExpandAssignee } }

    @{ Cmdlet = 'Search-IntercomConversation'; Script = { Search-IntercomConversation -Filter { $_.state -eq 'open' -and $_.priority -eq 'priority' } -First 2 } }

    @{ Cmdlet = 'Send-IntercomReply'; Script = { Send-IntercomReply -Id 123 -Body 'We are on it' } }
    @{ Cmdlet = 'Send-IntercomReply'; Script = { Send-IntercomReply -Id 123 -Body 'Escalated to billing' -Note -PassThru } }
    @{ Cmdlet = 'Close-IntercomConversation'; Script = { Close-IntercomConversation -Id 123 -Body 'Closing now' } }
    @{ Cmdlet = 'Open-IntercomConversation'; Script = { Open-IntercomConversation -Id 123 } }
    @{ Cmdlet = 'Set-IntercomConversation'; Script = { Set-IntercomConversation -Id 123 -Title 'A title no example has' -Read $true -CustomAttribute @{ issue_type = 'Billing' } } }
    @{ Cmdlet = 'Set-IntercomConversation'; Script = { Set-IntercomConversation -Id 123 -AssigneeAdminId 991267466 -AssigneeTeamId 5017691 -SnoozeUntil ([DateTime]::UtcNow.AddDays(3)) } }

    @{ Cmdlet = 'Export-IntercomConversation'; Script = { Export-IntercomConversation -Path (Join-Path $CoverageOutput 'conversations.jsonl') -Since ([DateTime]::UtcNow.AddDays(-2)) -IncludeParts } }
)
