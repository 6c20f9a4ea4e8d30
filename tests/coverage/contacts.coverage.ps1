# Invocations of the contact cmdlets for the API coverage test; see README.md.
@(
    @{ Cmdlet = 'Get-IntercomContact'; Script = { Get-IntercomContact -First 3 } }
    @{ Cmdlet = 'Get-IntercomContact'; Script = { Get-IntercomContact -Id 6762f0d01bb69f9f2193bb7d } }
    @{ Cmdlet = 'Get-IntercomContact'; Script = { Get-IntercomContact -ExternalId 'crm/42' } }
    # Not -Email: it searches (POST /contacts/search), and Prism answers with the example's empty list, which the
    # cmdlet rightly reports as not found. Search-IntercomContact sends the same operation.

    @{ Cmdlet = 'Search-IntercomContact'; Script = { Search-IntercomContact -Role user -First 2 } }
    @{ Cmdlet = 'Search-IntercomContact'; Script = { Search-IntercomContact -Filter { $_.email -like '*@example.com' } -Since ([DateTime]::UtcNow.AddDays(-2)) -ChunkDays 1 -Sort created_at -Descending } }

    @{ Cmdlet = 'New-IntercomContact'; Script = { New-IntercomContact -Email 'ada@example.com' -Name 'Ada' -ExternalId 'crm-1' -CustomAttribute @{ plan = 'pro' } } }
    @{ Cmdlet = 'Set-IntercomContact'; Script = { Set-IntercomContact -Id 6762f0d01bb69f9f2193bb7d -Name 'Ada Lovelace' -LastSeenAt '2026-01-02' -UnsubscribedFromEmails $true } }
    @{ Cmdlet = 'Set-IntercomContact'; Script = { Set-IntercomContact -Id 6762f0d01bb69f9f2193bb7d -Archived $true } }
    @{ Cmdlet = 'Set-IntercomContact'; Script = { Set-IntercomContact -Id 6762f0d01bb69f9f2193bb7d -Archived $false -PassThru } }
    @{ Cmdlet = 'Remove-IntercomContact'; Script = { Remove-IntercomContact -Id 6762f0d01bb69f9f2193bb7d -Confirm:$false } }
    @{ Cmdlet = 'Merge-IntercomContact'; Script = { Merge-IntercomContact -Id 6762f0d01bb69f9f2193bb7e -Into 6762f0d01bb69f9f2193bb7d -Confirm:$false } }
    # The description declares this path's contact_id an integer (the other contact paths take the string id).
    @{ Cmdlet = 'Add-IntercomNote'; Script = { Add-IntercomNote -ContactId 123 -Body 'Called about billing' -PassThru } }

    @{ Cmdlet = 'Export-IntercomContact'; Script = { Export-IntercomContact -Path (Join-Path $CoverageOutput 'contacts.jsonl') -Since ([DateTime]::UtcNow.AddDays(-2)) } }
)
