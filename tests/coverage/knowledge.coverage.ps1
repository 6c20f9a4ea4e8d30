# Invocations of the knowledge cmdlets beyond the content basics (article search, versions and drafts, tags on articles,
# content snippets and internal articles, internal article search) for the API coverage test; see README.md. Ids are
# those of the description's examples.
@(
    @{ Cmdlet = 'Search-IntercomArticle'; Script = { Search-IntercomArticle -Phrase 'Getting started' -State published -HelpCenterId 93 } }
    @{ Cmdlet = 'Search-IntercomInternalArticle'; Script = { Search-IntercomInternalArticle -FolderId 3 } }

    @{ Cmdlet = 'Get-IntercomArticleVersion'; Script = { Get-IntercomArticleVersion -ArticleId 123 -First 2 } }
    @{ Cmdlet = 'Get-IntercomArticleVersion'; Script = { Get-IntercomArticleVersion -ArticleId 123 -VersionId 301 -Locale en } }

    @{ Cmdlet = 'Get-IntercomArticleDraft'; Script = { Get-IntercomArticleDraft -ArticleId 45 } }
    @{ Cmdlet = 'Set-IntercomArticleDraft'; Script = { Set-IntercomArticleDraft -Id 48 -Title 'Christmas is here!' -Body '<p>New gifts in store for the jolly season</p>' -PassThru } }
    @{ Cmdlet = 'Publish-IntercomArticleDraft'; Script = { Publish-IntercomArticleDraft -ArticleId 48 -Locales en, fr -PassThru } }

    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -TagId 7522907 -ArticleId 45 } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -TagId 7522907 -ArticleId 45 } }
    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -TagId 7522907 -ContentSnippetId 123 -AdminId 1234 } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -TagId 7522907 -ContentSnippetId 123 } }
    @{ Cmdlet = 'Add-IntercomTag'; Script = { Add-IntercomTag -TagId 7522907 -InternalArticleId 45 } }
    @{ Cmdlet = 'Remove-IntercomTagAssignment'; Script = { Remove-IntercomTagAssignment -TagId 7522907 -InternalArticleId 45 } }

    @{ Cmdlet = 'Get-IntercomHelpCenterRedirect'; Script = { Get-IntercomHelpCenterRedirect -HelpCenterId 7 -First 2 } }
    @{ Cmdlet = 'Get-IntercomHelpCenterRedirect'; Script = { Get-IntercomHelpCenterRedirect -HelpCenterId 7 -RedirectId 26 } }
    @{ Cmdlet = 'New-IntercomHelpCenterRedirect'; Script = { New-IntercomHelpCenterRedirect -HelpCenterId 7 -FromUrl 'http://help-center.test/lovelyhelpcenter/old-page' -Locale en -TargetType article -TargetId 11 } }
    @{ Cmdlet = 'Remove-IntercomHelpCenterRedirect'; Script = { Remove-IntercomHelpCenterRedirect -HelpCenterId 7 -RedirectId 26 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomContentImportSource'; Script = { Get-IntercomContentImportSource } }
    @{ Cmdlet = 'Get-IntercomContentImportSource'; Script = { Get-IntercomContentImportSource -Id 38 } }
    @{ Cmdlet = 'New-IntercomContentImportSource'; Script = { New-IntercomContentImportSource -Url 'https://www.example.com' -Status active } }
    @{ Cmdlet = 'Set-IntercomContentImportSource'; Script = { Set-IntercomContentImportSource -ContentImportSourceId 39 -Url 'https://www.example.com' -SyncBehavior api -AudienceIds 5678 -ApplyAudienceToExistingContent -PassThru } }
    @{ Cmdlet = 'Remove-IntercomContentImportSource'; Script = { Remove-IntercomContentImportSource -ContentImportSourceId 38 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomExternalPage'; Script = { Get-IntercomExternalPage } }
    @{ Cmdlet = 'Get-IntercomExternalPage'; Script = { Get-IntercomExternalPage -Id 23 } }
    @{ Cmdlet = 'New-IntercomExternalPage'; Script = { New-IntercomExternalPage -Title 'Test' -Html '<html><body><h1>Test</h1></body></html>' -Url 'https://www.example.com' -SourceId 44 -ExternalId abc1234 -AiAgentAvailability $true } }
    @{ Cmdlet = 'Set-IntercomExternalPage'; Script = { Set-IntercomExternalPage -Id 24 -Title 'Test' -Html '<html><body><h1>Test</h1></body></html>' -Url 'https://www.example.com' -SourceId 47 -ExternalId 5678 -FinAvailability $true -PassThru } }
    @{ Cmdlet = 'Remove-IntercomExternalPage'; Script = { Remove-IntercomExternalPage -ExternalPageId 22 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomNewsfeedItem'; Script = { Get-IntercomNewsfeedItem -NewsfeedId 12 } }
)
