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
)
