# Invocations of the workspace cmdlets (connection, admins, teams, tags, segments, data attributes) for the API
# coverage test; see README.md. Ids are those of the description's examples, which Prism answers with.
@(
    @{ Cmdlet = 'Connect-Intercom'; Script = { Connect-Intercom -AccessToken $CoverageToken -BaseUri $CoverageBaseUri } }

    @{ Cmdlet = 'Get-IntercomAdmin'; Script = { Get-IntercomAdmin } }
    @{ Cmdlet = 'Get-IntercomAdmin'; Script = { Get-IntercomAdmin -Id 991267466 } }

    @{ Cmdlet = 'Get-IntercomTeam'; Script = { Get-IntercomTeam } }
    @{ Cmdlet = 'Get-IntercomTeam'; Script = { Get-IntercomTeam -Id 991267902 } }

    @{ Cmdlet = 'Get-IntercomSegment'; Script = { Get-IntercomSegment } }
    @{ Cmdlet = 'Get-IntercomSegment'; Script = { Get-IntercomSegment -Id 6762f25c1bb69f9f2193bc22 } }

    @{ Cmdlet = 'Get-IntercomDataAttribute'; Script = { Get-IntercomDataAttribute } }
    @{ Cmdlet = 'Get-IntercomDataAttribute'; Script = { Get-IntercomDataAttribute -Model company -IncludeArchived } }

    @{ Cmdlet = 'Get-IntercomTag'; Script = { Get-IntercomTag } }
    @{ Cmdlet = 'Get-IntercomTag'; Script = { Get-IntercomTag -Id 102 } }
    @{ Cmdlet = 'New-IntercomTag'; Script = { New-IntercomTag -Name 'A tag no example has' } }
    @{ Cmdlet = 'Remove-IntercomTag'; Script = { Remove-IntercomTag -TagId 102 -Confirm:$false } }
    @{ Cmdlet = 'Remove-IntercomTag'; Script = { Remove-IntercomTag -Name 'Manual tag 1' -Confirm:$false } }

    # Tagging companies (POST /tags with companies) is left out: the description's oneOf for that body also lists
    # create_or_update_tag_request, so every company body matches several branches and Prism rejects even the
    # description's own examples. The sandbox tests cover those bodies.
    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -TagId 102 -ContactId 6762f0d01bb69f9f2193bb7d } }
    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -Name 'Manual tag 1' -ConversationId 123 -PassThru } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -Name 'Manual tag 1' -ContactId 6762f0d01bb69f9f2193bb7d -PassThru } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -TagId 102 -ConversationId 123 } }
)
