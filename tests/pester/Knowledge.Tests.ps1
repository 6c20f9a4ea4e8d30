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
