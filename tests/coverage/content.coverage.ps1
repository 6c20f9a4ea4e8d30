# Invocations of the Help Center and content cmdlets (articles, collections, help centers, internal articles, content
# snippets, news items, newsfeeds) for the API coverage test; see README.md. Ids are those of the description's examples.
@(
    @{ Cmdlet = 'Get-IntercomArticle'; Script = { Get-IntercomArticle -First 2 } }
    @{ Cmdlet = 'Get-IntercomArticle'; Script = { Get-IntercomArticle -Id 45 } }
    @{ Cmdlet = 'New-IntercomArticle'; Script = { New-IntercomArticle -Title 'Thanks for everything' -AuthorId 991267497 -State draft -Body '<p>Body</p>' } }
    @{ Cmdlet = 'Set-IntercomArticle'; Script = { Set-IntercomArticle -Id 45 -Title 'Christmas is here!' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomArticle'; Script = { Remove-IntercomArticle -ArticleId 45 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomCollection'; Script = { Get-IntercomCollection -First 2 } }
    @{ Cmdlet = 'Get-IntercomCollection'; Script = { Get-IntercomCollection -Id 170 } }
    @{ Cmdlet = 'New-IntercomCollection'; Script = { New-IntercomCollection -Name 'Thanks for everything' } }
    @{ Cmdlet = 'Set-IntercomCollection'; Script = { Set-IntercomCollection -Id 170 -Name 'Update collection name' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomCollection'; Script = { Remove-IntercomCollection -CollectionId 170 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomHelpCenter'; Script = { Get-IntercomHelpCenter } }
    @{ Cmdlet = 'Get-IntercomHelpCenter'; Script = { Get-IntercomHelpCenter -Id 93 } }

    @{ Cmdlet = 'Get-IntercomInternalArticle'; Script = { Get-IntercomInternalArticle -First 2 } }
    @{ Cmdlet = 'Get-IntercomInternalArticle'; Script = { Get-IntercomInternalArticle -Id 45 } }
    @{ Cmdlet = 'New-IntercomInternalArticle'; Script = { New-IntercomInternalArticle -Title 'Thanks for everything' -AuthorId 991266252 -OwnerId 991266252 } }
    @{ Cmdlet = 'Set-IntercomInternalArticle'; Script = { Set-IntercomInternalArticle -Id 45 -Title 'Christmas is here!' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomInternalArticle'; Script = { Remove-IntercomInternalArticle -InternalArticleId 45 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomContentSnippet'; Script = { Get-IntercomContentSnippet -First 2 } }
    @{ Cmdlet = 'Get-IntercomContentSnippet'; Script = { Get-IntercomContentSnippet -Id 123 } }
    @{ Cmdlet = 'New-IntercomContentSnippet'; Script = { New-IntercomContentSnippet -Title 'Support hours' -BodyMarkdown 'Nine to five.' } }
    @{ Cmdlet = 'Set-IntercomContentSnippet'; Script = { Set-IntercomContentSnippet -Id 123 -Title 'Support hours' -PassThru } }
    @{ Cmdlet = 'Remove-IntercomContentSnippet'; Script = { Remove-IntercomContentSnippet -ContentSnippetId 123 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomNewsItem'; Script = { Get-IntercomNewsItem -First 2 } }
    @{ Cmdlet = 'Get-IntercomNewsItem'; Script = { Get-IntercomNewsItem -Id 34 } }
    @{ Cmdlet = 'New-IntercomNewsItem'; Script = { New-IntercomNewsItem -Title 'Halloween is here!' -SenderId 991267734 -State live } }
    @{ Cmdlet = 'Set-IntercomNewsItem'; Script = { Set-IntercomNewsItem -Id 34 -Title 'Christmas is here!' -SenderId 991267734 -PassThru } }
    @{ Cmdlet = 'Remove-IntercomNewsItem'; Script = { Remove-IntercomNewsItem -NewsItemId 34 -Confirm:$false } }

    @{ Cmdlet = 'Get-IntercomNewsfeed'; Script = { Get-IntercomNewsfeed -First 2 } }
    @{ Cmdlet = 'Get-IntercomNewsfeed'; Script = { Get-IntercomNewsfeed -Id 72 } }
)
