#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Issue 11: each script in samples/ runs against the sandbox in real PowerShell and its figures agree with the
# workspace.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    $script:samples = Join-Path $RepoRoot 'samples'
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'samples/Get-WeeklyTeamReport.ps1 (Get-IntercomConversation, Get-IntercomTeam)' {
    It 'counts every conversation of the week once, one row per team' {
        $rows = @(& (Join-Path $samples 'Get-WeeklyTeamReport.ps1') -Sandbox -Days 7 -ErrorAction Stop)
        $truth = @((Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn($rows[0].Since, $rows[0].Until)).Count
        $sum = 0; $states = 0
        foreach ($row in $rows) { $sum += $row.Total; $states += $row.Open + $row.Snoozed + $row.Closed }
        $names = @($rows | ForEach-Object Team)

        $truth | Should -BeGreaterThan 100 -Because "the sandbox week holds $truth conversations"
        $sum | Should -Be $truth
        $states | Should -Be $truth
        $names.Count | Should -BeGreaterOrEqual 2 -Because 'conversations are spread over several teams'
        @($names | Sort-Object -Unique).Count | Should -Be $names.Count
    }
}

Describe 'samples/Add-IntercomVipTag.ps1 (Add-IntercomTagAssignment)' {
    BeforeAll { Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 1500; ConversationCount = 10 } }

    It 'previews with -WhatIf and writes nothing' {
        $null = & (Join-Path $samples 'Add-IntercomVipTag.ps1') -WhatIf -ErrorAction Stop
        $log = (Get-IntercomConnection).Sandbox.Log
        ($log.Count('POST /contacts/{contact_id}/tags') + $log.Count('POST /tags')) | Should -Be 0
    }

    It 'then tags exactly the matching contacts' {
        $summary = & (Join-Path $samples 'Add-IntercomVipTag.ps1') -TagName 'Key account' -ErrorAction Stop
        $sandbox = (Get-IntercomConnection).Sandbox
        $tagId = $sandbox.FindTagId('Key account')
        $matching = @(Get-IntercomContact | Where-Object { $_.Role -eq 'user' -and $_.CustomAttributes.plan -in 'pro', 'enterprise' -and $_.CustomAttributes.seats -ge 100 } |
                ForEach-Object Id | Sort-Object)
        $tagged = @(Get-IntercomContact | Where-Object { $sandbox.ContactTagIds($_.Id) -contains $tagId } | ForEach-Object Id | Sort-Object)

        $matching.Count | Should -BeGreaterThan 20
        $tagged | Should -Be $matching
        $summary.Changed | Should -Be $matching.Count
        $summary.Failed | Should -Be 0
    }
}

Describe 'samples/Export-DailyConversations.ps1 (Export-IntercomConversation -Incremental)' {
    BeforeAll {
        $script:daily = Join-Path $samples 'Export-DailyConversations.ps1'
        $script:settings = @{ ConversationCount = 500; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-20T00:00:00Z' }
        $script:path = Join-Path $TestDrive 'daily.jsonl'
    }

    It 'exports every conversation, then nothing new on the next run, and exits 0 each time' {
        $first = @(& $daily -Path $path -Sandbox -Since '2026-01-01T00:00:00Z' -SandboxSettings $settings)
        $LASTEXITCODE | Should -Be 0
        $first -join "`n" | Should -BeLike '*exported 500 new conversation(s)*'
        $second = @(& $daily -Path $path -Sandbox -Since '2026-01-01T00:00:00Z' -SandboxSettings $settings)
        $LASTEXITCODE | Should -Be 0
        $second -join "`n" | Should -BeLike '*exported 0 new conversation(s) (500 in file*'
        @(Get-Content $path | ForEach-Object { ($_ | ConvertFrom-Json).id } | Sort-Object -Unique).Count | Should -Be 500
    }

    It 'exits 1 and leaves the file alone when a run cannot start (the checkpoint pins JSON Lines)' {
        $before = (Get-FileHash -LiteralPath $path).Hash
        $null = & $daily -Path $path -Sandbox -Format Csv -Since '2026-01-01T00:00:00Z' -SandboxSettings $settings 2>&1
        $LASTEXITCODE | Should -Be 1
        (Get-FileHash -LiteralPath $path).Hash | Should -Be $before
    }

    It 'exits 1 with a message, without a prompt or a hang, when there is no token' {
        $saved = $env:INTERCOM_ACCESS_TOKEN
        Remove-Item Env:INTERCOM_ACCESS_TOKEN -ErrorAction SilentlyContinue
        try { $null = & $daily -Path (Join-Path $TestDrive 'nope.jsonl') 2>&1 }
        finally { if ($saved) { $env:INTERCOM_ACCESS_TOKEN = $saved } }
        $LASTEXITCODE | Should -Be 1
    }
}

Describe 'samples/Copy-IntercomHelpCenter.ps1 (Get-/New-IntercomCollection, Get-/New-IntercomArticle)' {
    BeforeAll {
        $script:copyScript = Join-Path $samples 'Copy-IntercomHelpCenter.ps1'
        $script:backupPath = Join-Path $TestDrive 'help-center.xml'
        # The source workspace: a collection inside another, and an article inside the inner one.
        Connect-Intercom -Sandbox
        $script:outer = New-IntercomCollection -Name 'Billing'
        $script:inner = New-IntercomCollection -Name 'Invoices' -ParentId $outer.Id
        $author = (Get-IntercomAdmin | Select-Object -First 1).Id
        $null = New-IntercomArticle -Title 'Download an invoice' -Body '<p>Open Billing, then Invoices.</p>' -AuthorId $author -State published -ParentId $inner.Id -ParentType collection
        $script:sourceCollections = @(Get-IntercomCollection)
        $script:sourceArticles = @(Get-IntercomArticle)
        $script:backup = & $copyScript -Path $backupPath
        $script:target = Connect-Intercom -Sandbox -PassThru
        $script:targetAuthor = (Get-IntercomAdmin -Connection $target | Select-Object -First 1).Id
    }

    It 'backs up every collection and article of the workspace' {
        $backup.Collections | Should -Be $sourceCollections.Count
        $backup.Articles | Should -Be $sourceArticles.Count
        (Import-Clixml -Path $backupPath).Articles.Title | Should -Contain 'Download an invoice'
    }

    It 'previews the restore with -WhatIf and creates nothing' {
        $before = $target.Sandbox.Log.TotalCount
        $null = & $copyScript -Path $backupPath -Restore -AuthorId $targetAuthor -Connection $target -WhatIf
        $sent = @($target.Sandbox.Log.Entries | Select-Object -Skip $before | Where-Object { $_.Route -like 'POST *' })
        $sent.Count | Should -Be 0
    }

    It 'restores every collection under the copy of its parent and every article into the copy of its collection' {
        $collectionsBefore = @(Get-IntercomCollection -Connection $target).Count
        $articlesBefore = @(Get-IntercomArticle -Connection $target).Count
        $summary = & $copyScript -Path $backupPath -Restore -AuthorId $targetAuthor -Connection $target

        $summary.Collections | Should -Be $sourceCollections.Count
        $summary.Articles | Should -Be $sourceArticles.Count
        @(Get-IntercomCollection -Connection $target).Count | Should -Be ($collectionsBefore + $sourceCollections.Count)
        @(Get-IntercomArticle -Connection $target).Count | Should -Be ($articlesBefore + $sourceArticles.Count)

        $outerCopy = Get-IntercomCollection -Connection $target | Where-Object Name -eq 'Billing' | Select-Object -Last 1
        $innerCopy = Get-IntercomCollection -Connection $target | Where-Object Name -eq 'Invoices' | Select-Object -Last 1
        $articleCopy = Get-IntercomArticle -Connection $target | Where-Object Title -eq 'Download an invoice' | Select-Object -Last 1
        $innerCopy.ParentId | Should -Be $outerCopy.Id
        $articleCopy.ParentId | Should -Be $innerCopy.Id
        $articleCopy.AuthorId | Should -Be $targetAuthor
        $articleCopy.Body | Should -Be '<p>Open Billing, then Invoices.</p>'
    }
}
