#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Help Center and content cmdlets against the sandbox: typed objects, lookups down the pipeline, paging, 404s that
# do not stop the rest, -WhatIf that changes nothing, and create/change/delete round trips.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
    $script:Admin = (Get-IntercomAdmin)[0].Id
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomArticle' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomArticle)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Article'
        @(Get-IntercomArticle -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomArticle -First 1
        $found = @($first, [pscustomobject]@{ ArticleId = '987654321' }, $first | Get-IntercomArticle -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomCollection' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomCollection)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Collection'
        @(Get-IntercomCollection -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomCollection -First 1
        $found = @($first, [pscustomobject]@{ CollectionId = '987654321' }, $first | Get-IntercomCollection -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomHelpCenter' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomHelpCenter)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.HelpCenter'
        @(Get-IntercomHelpCenter -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomHelpCenter -First 1
        $found = @($first, [pscustomobject]@{ HelpCenterId = '987654321' }, $first | Get-IntercomHelpCenter -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomInternalArticle' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomInternalArticle)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.InternalArticle'
        @(Get-IntercomInternalArticle -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomInternalArticle -First 1
        $found = @($first, [pscustomobject]@{ InternalArticleId = '987654321' }, $first | Get-IntercomInternalArticle -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomContentSnippet' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomContentSnippet)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.ContentSnippet'
        @(Get-IntercomContentSnippet -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomContentSnippet -First 1
        $found = @($first, [pscustomobject]@{ ContentSnippetId = '987654321' }, $first | Get-IntercomContentSnippet -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomNewsItem' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomNewsItem)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.NewsItem'
        @(Get-IntercomNewsItem -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomNewsItem -First 1
        $found = @($first, [pscustomobject]@{ NewsItemId = '987654321' }, $first | Get-IntercomNewsItem -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'Get-IntercomNewsfeed' {
    It 'lists typed objects and honours -First' {
        $all = @(Get-IntercomNewsfeed)
        $all.Count | Should -BeGreaterThan 0
        $all[0].PSTypeNames | Should -Contain 'IntercomPS.Newsfeed'
        @(Get-IntercomNewsfeed -First 1).Count | Should -Be 1
    }

    It 'looks objects up by property name and keeps going past a 404' {
        $first = Get-IntercomNewsfeed -First 1
        $found = @($first, [pscustomobject]@{ NewsfeedId = '987654321' }, $first | Get-IntercomNewsfeed -ErrorVariable missing -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 2
        $found[0].Id | Should -Be $first.Id
        $missing.Count | Should -Be 1
        $missing[0].TargetObject | Should -Be '987654321'
    }
}

Describe 'New-IntercomArticle, Set-IntercomArticle and Remove-IntercomArticle' {
    It 'creates, changes and deletes' {
        $created = New-IntercomArticle -Title 'Pester article' -AuthorId $script:Admin -State draft
        $created.PSTypeNames | Should -Contain 'IntercomPS.Article'
        $changed = $created | Set-IntercomArticle -State published -PassThru
        $changed.Id | Should -Be $created.Id
        $created | Remove-IntercomArticle -Confirm:$false
        { Get-IntercomArticle -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'changes nothing with -WhatIf' {
        $before = @(Get-IntercomArticle).Count
        New-IntercomArticle -Title 'Pester article' -AuthorId $script:Admin -WhatIf -State draft
        Get-IntercomArticle -First 1 | Remove-IntercomArticle -WhatIf
        @(Get-IntercomArticle).Count | Should -Be $before
    }
}

Describe 'New-IntercomCollection, Set-IntercomCollection and Remove-IntercomCollection' {
    It 'creates, changes and deletes' {
        $created = New-IntercomCollection -Name 'Pester collection'
        $created.PSTypeNames | Should -Contain 'IntercomPS.Collection'
        $changed = $created | Set-IntercomCollection -Description 'changed' -PassThru
        $changed.Id | Should -Be $created.Id
        $created | Remove-IntercomCollection -Confirm:$false
        { Get-IntercomCollection -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'changes nothing with -WhatIf' {
        $before = @(Get-IntercomCollection).Count
        New-IntercomCollection -Name 'Pester collection' -WhatIf
        Get-IntercomCollection -First 1 | Remove-IntercomCollection -WhatIf
        @(Get-IntercomCollection).Count | Should -Be $before
    }
}

Describe 'New-IntercomInternalArticle, Set-IntercomInternalArticle and Remove-IntercomInternalArticle' {
    It 'creates, changes and deletes' {
        $created = New-IntercomInternalArticle -Title 'Pester internal' -AuthorId $script:Admin -OwnerId $script:Admin
        $created.PSTypeNames | Should -Contain 'IntercomPS.InternalArticle'
        $changed = $created | Set-IntercomInternalArticle -Title 'changed' -PassThru
        $changed.Id | Should -Be $created.Id
        $created | Remove-IntercomInternalArticle -Confirm:$false
        { Get-IntercomInternalArticle -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'changes nothing with -WhatIf' {
        $before = @(Get-IntercomInternalArticle).Count
        New-IntercomInternalArticle -Title 'Pester internal' -AuthorId $script:Admin -OwnerId $script:Admin -WhatIf
        Get-IntercomInternalArticle -First 1 | Remove-IntercomInternalArticle -WhatIf
        @(Get-IntercomInternalArticle).Count | Should -Be $before
    }
}

Describe 'New-IntercomContentSnippet, Set-IntercomContentSnippet and Remove-IntercomContentSnippet' {
    It 'creates, changes and deletes' {
        $created = New-IntercomContentSnippet -Title 'Pester snippet' -BodyMarkdown 'x'
        $created.PSTypeNames | Should -Contain 'IntercomPS.ContentSnippet'
        $changed = $created | Set-IntercomContentSnippet -Title 'changed' -PassThru
        $changed.Id | Should -Be $created.Id
        $created | Remove-IntercomContentSnippet -Confirm:$false
        { Get-IntercomContentSnippet -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'changes nothing with -WhatIf' {
        $before = @(Get-IntercomContentSnippet).Count
        New-IntercomContentSnippet -Title 'Pester snippet' -BodyMarkdown 'x' -WhatIf
        Get-IntercomContentSnippet -First 1 | Remove-IntercomContentSnippet -WhatIf
        @(Get-IntercomContentSnippet).Count | Should -Be $before
    }
}

Describe 'New-IntercomNewsItem, Set-IntercomNewsItem and Remove-IntercomNewsItem' {
    It 'creates, changes and deletes' {
        $created = New-IntercomNewsItem -Title 'Pester news' -SenderId $script:Admin -State draft
        $created.PSTypeNames | Should -Contain 'IntercomPS.NewsItem'
        $changed = $created | Set-IntercomNewsItem -Title 'changed' -PassThru
        $changed.Id | Should -Be $created.Id
        $created | Remove-IntercomNewsItem -Confirm:$false
        { Get-IntercomNewsItem -Id $created.Id -ErrorAction Stop } | Should -Throw '*404*'
    }

    It 'changes nothing with -WhatIf' {
        $before = @(Get-IntercomNewsItem).Count
        New-IntercomNewsItem -Title 'Pester news' -SenderId $script:Admin -WhatIf -State draft
        Get-IntercomNewsItem -First 1 | Remove-IntercomNewsItem -WhatIf
        @(Get-IntercomNewsItem).Count | Should -Be $before
    }
}

Describe 'Copying articles between workspaces' {
    It 'pipes exported articles into New-IntercomArticle on another connection by property name' {
        # Connect-Intercom closes the connection before it, so the copy goes through a file: the export of one
        # sandbox workspace, then a new sandbox workspace (empty of the copies) as the target.
        $exported = Join-Path $TestDrive 'articles.xml'
        Connect-Intercom -Sandbox
        Get-IntercomArticle | Export-Clixml -Path $exported
        $target = Connect-Intercom -Sandbox -PassThru
        $before = @(Get-IntercomArticle -Connection $target).Count
        $copies = @(Import-Clixml -Path $exported | New-IntercomArticle -Connection $target)
        $copies.Count | Should -Be @(Import-Clixml -Path $exported).Count
        $copies[0].Title | Should -Be (Import-Clixml -Path $exported)[0].Title
        @(Get-IntercomArticle -Connection $target).Count | Should -Be ($before + $copies.Count)
    }
}
