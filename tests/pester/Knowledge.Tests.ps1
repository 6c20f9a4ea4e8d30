#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Knowledge cmdlets beyond the content basics, against the sandbox: article search, versions and drafts, tags on
# articles, content snippets and internal articles, internal article search. Typed objects, binding by property name
# down the pipeline, 404s that do not stop the rest, -WhatIf that sends nothing, request bodies read by their content.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
    $script:Log = (Get-IntercomConnection).Sandbox.Log

    function Get-SentBody([string] $Route) {
        @($script:Log.Entries | Where-Object Route -eq $Route | ForEach-Object { $_.Body | ConvertFrom-Json })
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Search-IntercomArticle' {
    It 'sends the phrase, state and help center, and writes typed articles' {
        $script:Log.Clear()
        $found = @(Search-IntercomArticle -Phrase 'getting started' -State all -HelpCenterId 93)
        $found.Count | Should -BeGreaterThan 0
        $found[0].PSTypeNames | Should -Contain 'IntercomPS.Article'
        $query = @($script:Log.Entries | Where-Object Route -eq 'GET /articles/search')[0].Query
        $query | Should -Match 'phrase=getting(%20|\+)started'
        $query | Should -Match 'state=all'
        $query | Should -Match 'help_center_id=93'
    }

    It 'honours -First and searches each piped help center' {
        @(Search-IntercomArticle -State all -First 1).Count | Should -Be 1
        $script:Log.Clear()
        $centers = @([pscustomobject]@{ HelpCenterId = '93' }, [pscustomobject]@{ HelpCenterId = '94' })
        $centers | Search-IntercomArticle -Phrase 'x' | Out-Null
        @($script:Log.Entries | Where-Object Route -eq 'GET /articles/search').Count | Should -Be 2
    }
}

Describe 'Search-IntercomInternalArticle' {
    It 'sends the folder and writes typed internal articles that bind to Add-IntercomTag' {
        $script:Log.Clear()
        $found = @(Search-IntercomInternalArticle -FolderId 3)
        $found.Count | Should -BeGreaterThan 0
        $found[0].PSTypeNames | Should -Contain 'IntercomPS.InternalArticle'
        @($script:Log.Entries | Where-Object Route -eq 'GET /internal_articles/search')[0].Query | Should -Match 'folder_id=3'
        @(Search-IntercomInternalArticle -First 1).Count | Should -Be 1
    }
}

Describe 'Get-IntercomArticleVersion' {
    It 'lists the versions of piped articles, typed, and honours -First' {
        $article = Get-IntercomArticle -First 1
        $versions = @($article | Get-IntercomArticleVersion)
        $versions.Count | Should -BeGreaterThan 1
        $versions[0].PSTypeNames | Should -Contain 'IntercomPS.ArticleVersion'
        @($article | Get-IntercomArticleVersion -First 1).Count | Should -Be 1
    }

    It 'reads a piped version by its VersionId, in a locale' {
        $article = Get-IntercomArticle -First 1
        $listed = $article | Get-IntercomArticleVersion -First 1
        $script:Log.Clear()
        $version = $listed | Get-IntercomArticleVersion -Locale fr
        $version.Id | Should -Be $listed.Id
        $sent = @($script:Log.Entries | Where-Object Route -eq 'GET /articles/{article_id}/versions/{id}')
        $sent.Count | Should -Be 1
        $sent[0].Query | Should -Match 'locale=fr'
    }

    It 'keeps going past an article that does not exist' {
        $article = Get-IntercomArticle -First 1
        $versions = @([pscustomobject]@{ ArticleId = '987654321' }, $article | Get-IntercomArticleVersion -ErrorVariable missing -ErrorAction SilentlyContinue)
        $versions.Count | Should -BeGreaterThan 0
        $missing.Count | Should -Be 1
    }
}

Describe 'Get-IntercomArticleDraft, Set-IntercomArticleDraft and Publish-IntercomArticleDraft' {
    It 'reads drafts of piped articles, and keeps going past a 404' {
        $article = Get-IntercomArticle -First 1
        $drafts = @([pscustomobject]@{ ArticleId = '987654321' }, $article | Get-IntercomArticleDraft -ErrorVariable missing -ErrorAction SilentlyContinue)
        $drafts.Count | Should -Be 1
        $drafts[0].PSTypeNames | Should -Contain 'IntercomPS.Article'
        $drafts[0].Id | Should -Be $article.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }

    It 'stages the fields given and publishes the locales given' {
        $article = Get-IntercomArticle -First 1
        $script:Log.Clear()
        $staged = Set-IntercomArticleDraft -Id $article.Id -Title 'Staged title' -BodyMarkdown 'Staged **body**' -PassThru
        $staged.PSTypeNames | Should -Contain 'IntercomPS.Article'
        $body = Get-SentBody 'PUT /articles/{article_id}/draft'
        $body.Count | Should -Be 1
        $body[0].title | Should -Be 'Staged title'
        $body[0].body_markdown | Should -Be 'Staged **body**'
        $published = $article | Publish-IntercomArticleDraft -Locales en, fr -PassThru -Confirm:$false
        $published.Id | Should -Be $article.Id
        (Get-SentBody 'POST /articles/{article_id}/draft/publish')[0].locales | Should -Be @('en', 'fr')
    }

    It 'sends nothing with -WhatIf' {
        $article = Get-IntercomArticle -First 1
        $script:Log.Clear()
        $article | Set-IntercomArticleDraft -Title 'x' -WhatIf
        $article | Publish-IntercomArticleDraft -WhatIf
        @($script:Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Add-IntercomTag and Remove-IntercomTagAssignment on content' {
    It 'tags and untags piped articles, content snippets and internal articles' {
        $article = Get-IntercomArticle -First 1
        $snippet = Get-IntercomContentSnippet -First 1
        $internal = Get-IntercomInternalArticle -First 1
        $tag = New-IntercomTag -Name 'Knowledge review'
        $script:Log.Clear()
        $tagged = $article | Add-IntercomTag -TagId $tag.Id -PassThru
        $tagged.PSTypeNames | Should -Contain 'IntercomPS.Article'
        $snippet | Add-IntercomTag -TagId $tag.Id
        $internal | Add-IntercomTag -TagId $tag.Id -AdminId '77'
        $articleTag = Get-SentBody 'POST /articles/{article_id}/tags'
        $articleTag[0].id | Should -Be $tag.Id
        # Content attributes the tagging to the token's teammate unless an admin is given.
        $articleTag[0].PSObject.Properties.Name | Should -Not -Contain 'admin_id'
        (Get-SentBody 'POST /content_snippets/{id}/tags')[0].id | Should -Be $tag.Id
        (Get-SentBody 'POST /internal_articles/{internal_article_id}/tags')[0].admin_id | Should -Be '77'

        $article | Remove-IntercomTagAssignment -TagId $tag.Id
        $snippet | Remove-IntercomTagAssignment -TagId $tag.Id
        $internal | Remove-IntercomTagAssignment -TagId $tag.Id
        foreach ($route in 'DELETE /articles/{article_id}/tags/{tag_id}', 'DELETE /content_snippets/{id}/tags/{tag_id}', 'DELETE /internal_articles/{internal_article_id}/tags/{tag_id}') {
            @($script:Log.Entries | Where-Object Route -eq $route).Path | Should -Match ([regex]::Escape("/tags/$($tag.Id)") + '$')
        }
    }

    It 'keeps going past an article that does not exist' {
        $article = Get-IntercomArticle -First 1
        $tag = New-IntercomTag -Name 'Knowledge review'
        $ids = '987654321', $article.Id
        Add-IntercomTag -TagId $tag.Id -ArticleId $ids -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].TargetObject | Should -Be '987654321'
        @($script:Log.Entries | Where-Object { $_.Route -eq 'POST /articles/{article_id}/tags' -and $_.Path -like "*/$($article.Id)/tags" }).Count | Should -BeGreaterThan 0
    }

    It 'sends nothing with -WhatIf' {
        $script:Log.Clear()
        Get-IntercomContentSnippet -First 2 | Add-IntercomTag -Name 'Never made' -WhatIf
        @($script:Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Get-IntercomHelpCenterRedirect, New-IntercomHelpCenterRedirect and Remove-IntercomHelpCenterRedirect' {
    It 'creates under a piped help center, lists typed redirects, reads and deletes them' {
        $center = Get-IntercomHelpCenter -First 1
        $script:Log.Clear()
        $made = $center | New-IntercomHelpCenterRedirect -FromUrl 'https://help.example.test/old' -Locale en -TargetType article -TargetId 11
        $made.PSTypeNames | Should -Contain 'IntercomPS.HelpCenterRedirect'
        $body = Get-SentBody 'POST /help_center/help_centers/{help_center_id}/redirects'
        $body[0].from_url | Should -Be 'https://help.example.test/old'
        $body[0].target_type | Should -Be 'article'
        $listed = @($center | Get-IntercomHelpCenterRedirect)
        $listed.Id | Should -Contain $made.Id
        @($center | Get-IntercomHelpCenterRedirect -First 1).Count | Should -Be 1
        ($made | Get-IntercomHelpCenterRedirect).Id | Should -Be $made.Id
        $made | Remove-IntercomHelpCenterRedirect -Confirm:$false
        { Get-IntercomHelpCenterRedirect -HelpCenterId $center.Id -RedirectId $made.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'keeps going past a help center that does not exist, and -WhatIf sends nothing' {
        $center = Get-IntercomHelpCenter -First 1
        $listed = @([pscustomobject]@{ HelpCenterId = '987654321' }, $center | Get-IntercomHelpCenterRedirect -ErrorVariable missing -ErrorAction SilentlyContinue)
        $missing.Count | Should -Be 1
        $script:Log.Clear()
        $center | New-IntercomHelpCenterRedirect -FromUrl 'https://help.example.test/x' -Locale en -TargetType collection -TargetId 1 -WhatIf
        $center | Get-IntercomHelpCenterRedirect | Remove-IntercomHelpCenterRedirect -WhatIf
        @($script:Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Get-IntercomContentImportSource, New-IntercomContentImportSource, Set-IntercomContentImportSource and Remove-IntercomContentImportSource' {
    It 'creates an API source, changes a piped source whole, and deletes it' {
        $script:Log.Clear()
        $source = New-IntercomContentImportSource -Url 'https://docs.example.test'
        $source.PSTypeNames | Should -Contain 'IntercomPS.ContentImportSource'
        (Get-SentBody 'POST /ai/content_import_sources')[0].sync_behavior | Should -Be 'api'
        $changed = Get-IntercomContentImportSource -Id $source.Id | Set-IntercomContentImportSource -Status deactivated -PassThru
        $changed.Id | Should -Be $source.Id
        $put = Get-SentBody 'PUT /ai/content_import_sources/{source_id}'
        $put[0].status | Should -Be 'deactivated'
        $put[0].url | Should -Be 'https://docs.example.test'
        $put[0].sync_behavior | Should -Be 'api'
        $source | Remove-IntercomContentImportSource -Confirm:$false
        { Get-IntercomContentImportSource -Id $source.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'lists typed sources, honours -First and keeps going past a 404' {
        @(Get-IntercomContentImportSource).Count | Should -BeGreaterThan 1
        @(Get-IntercomContentImportSource -First 1).Count | Should -Be 1
        $first = Get-IntercomContentImportSource -First 1
        $found = @('987654321', $first.Id | Get-IntercomContentImportSource -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }

    It 'never picks the source from a piped external page, and -WhatIf sends nothing' {
        $script:Log.Clear()
        Get-IntercomExternalPage -First 1 | Remove-IntercomContentImportSource -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable unbound
        $unbound.Count | Should -BeGreaterThan 0
        Get-IntercomContentImportSource -First 1 | Remove-IntercomContentImportSource -WhatIf
        @($script:Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Get-IntercomExternalPage, New-IntercomExternalPage, Set-IntercomExternalPage and Remove-IntercomExternalPage' {
    It 'creates a page under a piped source, changes a piped page whole, and deletes it' {
        $source = New-IntercomContentImportSource -Url 'https://docs.example.test'
        $script:Log.Clear()
        $page = $source | New-IntercomExternalPage -Title 'Install' -Html '<h1>Install</h1>' -ExternalId 'install' -Url 'https://docs.example.test/install' -AiCopilotAvailability $false
        $page.PSTypeNames | Should -Contain 'IntercomPS.ExternalPage'
        $post = (Get-SentBody 'POST /ai/external_pages')[0]
        $post.source_id | Should -Be ([long]$source.Id)
        $post.locale | Should -Be 'en'
        $post.ai_copilot_availability | Should -BeFalse
        $post.url | Should -Be 'https://docs.example.test/install'
        $changed = $page | Set-IntercomExternalPage -Title 'Installing' -FinAvailability $true -PassThru
        $changed.Id | Should -Be $page.Id
        $put = (Get-SentBody 'PUT /ai/external_pages/{page_id}')[0]
        $put.title | Should -Be 'Installing'
        $put.html | Should -Be '<h1>Install</h1>'
        $put.fin_availability | Should -BeTrue
        $page | Remove-IntercomExternalPage -Confirm:$false
        { Get-IntercomExternalPage -Id $page.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'lists typed pages, honours -First and keeps going past a 404' {
        @(Get-IntercomExternalPage).Count | Should -BeGreaterThan 1
        @(Get-IntercomExternalPage -First 1).Count | Should -Be 1
        $first = Get-IntercomExternalPage -First 1
        $found = @([pscustomobject]@{ ExternalPageId = '987654321' }, $first | Get-IntercomExternalPage -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }

    It 'sends nothing with -WhatIf' {
        $script:Log.Clear()
        Get-IntercomExternalPage -First 1 | Set-IntercomExternalPage -Title 'x' -WhatIf
        Get-IntercomExternalPage -First 1 | Remove-IntercomExternalPage -WhatIf
        @($script:Log.Entries | Where-Object Method -ne 'GET').Count | Should -Be 0
    }
}

Describe 'Get-IntercomNewsfeedItem' {
    It 'lists the typed items of piped newsfeeds, honours -First and keeps going past a 404' {
        $feed = Get-IntercomNewsfeed -First 1
        $item = New-IntercomNewsItem -Title 'Pester news' -SenderId (Get-IntercomAdmin)[0].Id -State live
        $items = @([pscustomobject]@{ NewsfeedId = '987654321' }, $feed | Get-IntercomNewsfeedItem -ErrorVariable missing -ErrorAction SilentlyContinue)
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
        $items.Count | Should -BeGreaterThan 0
        $items[0].PSTypeNames | Should -Contain 'IntercomPS.NewsItem'
        @($feed | Get-IntercomNewsfeedItem -First 1).Count | Should -Be 1
        $item | Remove-IntercomNewsItem -Confirm:$false
    }
}
