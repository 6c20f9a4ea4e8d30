# Invocations of the company, contact-relation, note, subscription, data attribute and data event cmdlets for the API
# coverage test; see README.md. Ids are the description's examples. A company named by company_id is looked up first
# (GET /companies?company_id=), which Prism answers with its example company.
@(
    @{ Cmdlet = 'New-IntercomCompany'; Script = { New-IntercomCompany -CompanyId company_remote_id -Name 'my company' -Plan Enterprise -Size 100 -Website 'https://www.example.com' -Industry Manufacturing -MonthlySpend 1000 -RemoteCreatedAt '2013-07-18' -CustomAttribute @{ industry = 'manufacturing' } -UpdateLastRequestAt -Confirm:$false } }
    @{ Cmdlet = 'Set-IntercomCompany'; Script = { Set-IntercomCompany -Id 5f4d3c1c-7b1b-4d7d-a97e-6095715c6632 -Name 'my company' -Website 'http://www.mycompany.com/' -Confirm:$false } }
    @{ Cmdlet = 'Set-IntercomCompany'; Script = { Set-IntercomCompany -CompanyId company_remote_id -Plan Enterprise -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomCompany'; Script = { Remove-IntercomCompany -Id 5f4d3c1c-7b1b-4d7d-a97e-6095715c6632 -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomCompany'; Script = { [pscustomobject]@{ Id = '5f4d3c1c-7b1b-4d7d-a97e-6095715c6632' } | Remove-IntercomCompany -Force } }
    @{ Cmdlet = 'Get-IntercomCompanyContact'; Script = { Get-IntercomCompanyContact -CompanyId company_remote_id } }
    @{ Cmdlet = 'Get-IntercomCompanySegment'; Script = { [pscustomobject]@{ CompanyId = 'company_remote_id' } | Get-IntercomCompanySegment } }
    @{ Cmdlet = 'Get-IntercomCompanyNote'; Script = { Get-IntercomCompanyNote -CompanyId company_remote_id } }
    @{ Cmdlet = 'Add-IntercomCompanyContact'; Script = { Add-IntercomCompanyContact -ContactId 58a430d35458202d41b1e65b -CompanyId company_remote_id -PassThru -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomCompanyContact'; Script = { [pscustomobject]@{ ContactId = '58a430d35458202d41b1e65b' } | Remove-IntercomCompanyContact -CompanyId company_remote_id -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomContactCompany'; Script = { Get-IntercomContactCompany -ContactId 58a430d35458202d41b1e65b } }
    @{ Cmdlet = 'Get-IntercomContactSegment'; Script = { Get-IntercomContactSegment -ContactId 63a07ddf05a32042dffac965 } }
    @{ Cmdlet = 'Get-IntercomContactTag'; Script = { Get-IntercomContactTag -ContactId 63a07ddf05a32042dffac965 } }
    @{ Cmdlet = 'Get-IntercomContactNote'; Script = { '63a07ddf05a32042dffac965' | Get-IntercomContactNote } }
    @{ Cmdlet = 'Get-IntercomContactSubscription'; Script = { Get-IntercomContactSubscription -ContactId 63a07ddf05a32042dffac965 } }
    # The subscription type's consent type comes from GET /subscription_types when -ConsentType is not given.
    @{ Cmdlet = 'Add-IntercomContactSubscription'; Script = { Add-IntercomContactSubscription -ContactId 63a07ddf05a32042dffac965 -SubscriptionTypeId 135 -Confirm:$false } }
    @{ Cmdlet = 'Add-IntercomContactSubscription'; Script = { Add-IntercomContactSubscription -ContactId 63a07ddf05a32042dffac965 -SubscriptionTypeId 37846 -ConsentType opt_in -PassThru -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomContactSubscription'; Script = { Remove-IntercomContactSubscription -ContactId 63a07ddf05a32042dffac965 -SubscriptionTypeId 37846 -Confirm:$false } }
    # Prism's example always names a next cursor: -First bounds the list.
    @{ Cmdlet = 'Get-IntercomContactMergeHistory'; Script = { Get-IntercomContactMergeHistory -ContactId 63a07ddf05a32042dffac965 -Order desc -First 1 } }
    @{ Cmdlet = 'Block-IntercomContact'; Script = { Block-IntercomContact -ContactId 63a07ddf05a32042dffac965 -PassThru -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomNote'; Script = { Get-IntercomNote -Id 1 } }
    @{ Cmdlet = 'Add-IntercomNote'; Script = { Add-IntercomNote -CompanyId company_remote_id -Body 'Hello' -AdminId 991267583 -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomSubscriptionType'; Script = { Get-IntercomSubscriptionType } }
    @{ Cmdlet = 'Get-IntercomSubscriptionType'; Script = { Get-IntercomSubscriptionType -Id 135 } }
    @{ Cmdlet = 'New-IntercomDataAttribute'; Script = { New-IntercomDataAttribute -Name 'Mithril Shirt' -Model company -DataType string -Description 'A shirt' -MessengerWritable $false -Confirm:$false } }
    @{ Cmdlet = 'New-IntercomDataAttribute'; Script = { New-IntercomDataAttribute -Name 'team-size' -Model contact -Option '1-10', '11-20' -Confirm:$false } }
    # Not -Option: the description's update_data_attribute_request is a oneOf whose second branch accepts any body, so
    # a body with options matches both and Prism refuses it (Intercom takes it).
    @{ Cmdlet = 'Set-IntercomDataAttribute'; Script = { Set-IntercomDataAttribute -Id 1 -Description 'Just a plain old ring' -Archived $false -MessengerWritable $true -Confirm:$false } }
    @{ Cmdlet = 'Send-IntercomDataEvent'; Script = { Send-IntercomDataEvent -EventName invited-friend -ContactId 8a88a590-e1c3-41e2-a502-e0649dbf721c -Metadata @{ invite_code = 'ADDAFRIEND' } -Confirm:$false } }
    @{ Cmdlet = 'Send-IntercomDataEvent'; Script = { Send-IntercomDataEvent -EventName invited-friend -UserId 314159 -OccurredAt '2022-12-14T14:41:34Z' -Confirm:$false } }
    @{ Cmdlet = 'Send-IntercomDataEvent'; Script = { Send-IntercomDataEvent -EventName invited-friend -Email frodo.baggins@example.com -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomDataEvent'; Script = { Get-IntercomDataEvent -ContactId 63a0979a5eeebeaf28dd56ba } }
    @{ Cmdlet = 'Get-IntercomDataEvent'; Script = { Get-IntercomDataEvent -UserId 314159 } }
    @{ Cmdlet = 'Get-IntercomDataEvent'; Script = { Get-IntercomDataEvent -Email user26@email.com } }
    @{ Cmdlet = 'Get-IntercomDataEventSummary'; Script = { Get-IntercomDataEventSummary -UserId 314159 } }
    @{ Cmdlet = 'Send-IntercomDataEventSummary'; Script = { Send-IntercomDataEventSummary -UserId 314159 -EventName invited-friend -Count 1 -First '2022-12-14' -Last '2022-12-15' -Confirm:$false } }
)
