@{
    RootModule           = 'module/IntercomPS.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6d1f3f0e-5c3a-4c1e-9a59-2f0f3b7d8a41'
    Author               = 'IntercomPS contributors'
    CompanyName          = 'IntercomPS'
    Copyright            = '(c) IntercomPS contributors. MIT License.'
    Description          = 'Stream, search and change Intercom conversations and contacts from PowerShell: cursor paging, chunked parallel date ranges with de-duplication, rate-limit-aware retries, a session cache, and a built-in sandbox workspace.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('module/IntercomPS.Format.ps1xml', 'module/IntercomPS.Resources.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Intercom'
        'Disconnect-Intercom'
        'Get-IntercomConnection'
        'Get-IntercomAdmin'
        'Get-IntercomTeam'
        'Get-IntercomTag'
        'Get-IntercomSegment'
        'Get-IntercomCompany'
        'Get-IntercomDataAttribute'
        'Get-IntercomConversation'
        'Search-IntercomConversation'
        'Get-IntercomContact'
        'Search-IntercomContact'
        'Export-IntercomConversation'
        'Export-IntercomContact'
        'Invoke-IntercomRequest'
        'Get-IntercomCacheStatistic'
        'Clear-IntercomCache'
        'Set-IntercomCache'
        'Get-IntercomApiStatistic'
        'Export-IntercomApiReport'
        'New-IntercomContact'
        'Set-IntercomContact'
        'Remove-IntercomContact'
        'Merge-IntercomContact'
        'Add-IntercomNote'
        'New-IntercomTag'
        'Remove-IntercomTag'
        'Add-IntercomTag'
        'Remove-IntercomTagAssignment'
        'Send-IntercomReply'
        'Close-IntercomConversation'
        'Open-IntercomConversation'
        'Set-IntercomConversation'
        'Get-IntercomTicket'
        'Search-IntercomTicket'
        'Export-IntercomTicket'
        'New-IntercomTicket'
        'Set-IntercomTicket'
        'Remove-IntercomTicket'
        'Send-IntercomTicketReply'
        'Add-IntercomTicketConversation'
        'Remove-IntercomTicketConversation'
        'Get-IntercomTicketType'
        'New-IntercomTicketType'
        'Set-IntercomTicketType'
        'Get-IntercomTicketTypeAttribute'
        'New-IntercomTicketTypeAttribute'
        'Set-IntercomTicketTypeAttribute'
        'Get-IntercomTicketState'
        'Get-IntercomJob'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Intercom', 'API', 'REST', 'Support', 'Conversations', 'Contacts', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/intercomps/IntercomPS'
            LicenseUri   = 'https://github.com/intercomps/IntercomPS/blob/main/LICENSE'
            ReleaseNotes = @'
0.1.0 (2026-12-02): first release, Intercom REST API 2.16, Windows PowerShell 5.1 and PowerShell 7.x.
- Read and search conversations, contacts, companies, admins, teams, tags, segments and data attributes, streamed
  page by page; -Since/-Until/-ChunkDays/-ThrottleLimit read date ranges in parallel windows, de-duplicated.
- -Filter script blocks translated into Intercom's search query.
- Change contacts, conversations, notes and tags in bulk with -WhatIf/-Confirm; creates are never resent.
- Crash-safe exports to JSON Lines or CSV with -Resume and -Incremental.
- Retries with jitter, a rate limiter driven by X-RateLimit-*, a session cache, and a built-in sandbox workspace.
Full history: https://github.com/intercomps/IntercomPS/blob/main/CHANGELOG.md
'@
        }
    }
}
