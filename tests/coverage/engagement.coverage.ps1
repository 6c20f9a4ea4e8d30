# Invocations of the engagement and data cmdlets (custom object instances, calls, visitors, messages, audiences,
# banners, handling events, data connectors and their execution results) for the API coverage test; see README.md.
@(
    @{ Cmdlet = 'Get-IntercomCustomObjectInstance'; Script = { Get-IntercomCustomObjectInstance -TypeIdentifier Order -First 2 } }
    @{ Cmdlet = 'Get-IntercomCustomObjectInstance'; Script = { Get-IntercomCustomObjectInstance -TypeIdentifier Order -Id 1 } }
    @{ Cmdlet = 'Set-IntercomCustomObjectInstance'; Script = { Set-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId order_001 -CustomAttributes @{ order_number = 'ORDER-12345' } -PassThru } }
    @{ Cmdlet = 'Remove-IntercomCustomObjectInstance'; Script = { Remove-IntercomCustomObjectInstance -TypeIdentifier Order -CustomObjectInstanceId 1 -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomCustomObjectInstance'; Script = { Remove-IntercomCustomObjectInstance -TypeIdentifier Order -ExternalId order_001 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomCall'; Script = { Get-IntercomCall -First 2 } }
    @{ Cmdlet = 'Get-IntercomCall'; Script = { Get-IntercomCall -Id 123 } }
    @{ Cmdlet = 'Get-IntercomCall'; Script = { Get-IntercomCall -ConversationId 64619700005694, 64619700005695 } }
    @{ Cmdlet = 'Save-IntercomCallTranscript'; Script = { Save-IntercomCallTranscript -CallId 123 -Path $CoverageOutput } }

    @{ Cmdlet = 'Get-IntercomVisitor'; Script = { Get-IntercomVisitor -UserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3 } }
    @{ Cmdlet = 'Set-IntercomVisitor'; Script = { Set-IntercomVisitor -UserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3 -Name 'Christian Bale' -PassThru } }
    @{ Cmdlet = 'ConvertTo-IntercomContact'; Script = { ConvertTo-IntercomContact -VisitorUserId 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3 -Role user -ContactUserId 8a88a590-e1c3-41e2-a502-e0649dbf721c -Confirm:$false } }

    @{ Cmdlet = 'Send-IntercomMessage'; Script = { Send-IntercomMessage -ContactId 536e564f316c83104c000020 -Body 'Hello there' -FromAdminId 394051 -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomMessageDelivery'; Script = { Get-IntercomMessageDelivery -RulesetId 123 -First 2 } }
    @{ Cmdlet = 'Get-IntercomWhatsAppDelivery'; Script = { Get-IntercomWhatsAppDelivery -MessageId wamid_abc123 } }

    @{ Cmdlet = 'Get-IntercomAudience'; Script = { Get-IntercomAudience -First 2 } }
    @{ Cmdlet = 'Get-IntercomAudience'; Script = { Get-IntercomAudience -Id 123 } }
    @{ Cmdlet = 'New-IntercomAudience'; Script = { New-IntercomAudience -Name 'VIP Customers' -Predicates @{ attribute = 'company.name'; type = 'string'; comparison = 'contains'; value = 'Acme' } } }
    @{ Cmdlet = 'Set-IntercomAudience'; Script = { Set-IntercomAudience -Id 123 -Name 'Enterprise Accounts' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomAudience'; Script = { Remove-IntercomAudience -AudienceId 123 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomContactBanner'; Script = { Get-IntercomContactBanner -ContactId 6762f0dd1bb69f9f2193bb83 } }
    @{ Cmdlet = 'Hide-IntercomContactBanner'; Script = { Hide-IntercomContactBanner -ContactId 6762f0dd1bb69f9f2193bb83 -ViewId 645719311 -PassThru -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomConversationHandlingEvent'; Script = { Get-IntercomConversationHandlingEvent -ConversationId 123 } }

    @{ Cmdlet = 'Get-IntercomDataConnector'; Script = { Get-IntercomDataConnector -First 2 } }
    @{ Cmdlet = 'Get-IntercomDataConnector'; Script = { Get-IntercomDataConnector -Id 12345 } }
    @{ Cmdlet = 'New-IntercomDataConnector'; Script = { New-IntercomDataConnector -Name 'Get Order Status' -HttpMethod get -Url 'https://api.example.com/orders/{{order_id}}/status' -Audiences leads, visitors -Headers @{ 'Content-Type' = 'application/json' } -DataInputs @{ name = 'order_id'; type = 'string'; description = 'The order ID to look up'; required = $true } } }
    @{ Cmdlet = 'Set-IntercomDataConnector'; Script = { Set-IntercomDataConnector -Id 12345 -Name 'Updated Connector Name' -State live -PassThru } }
    @{ Cmdlet = 'Remove-IntercomDataConnector'; Script = { Remove-IntercomDataConnector -DataConnectorId 12345 -Confirm:$false } }
    @{ Cmdlet = 'Get-IntercomDataConnectorExecutionResult'; Script = { Get-IntercomDataConnectorExecutionResult -DataConnectorId 12345 -First 2 } }
    @{ Cmdlet = 'Get-IntercomDataConnectorExecutionResult'; Script = { Get-IntercomDataConnectorExecutionResult -DataConnectorId 12345 -Id 99001 } }
)
