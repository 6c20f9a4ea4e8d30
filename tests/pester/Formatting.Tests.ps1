#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# What a support admin sees: default, table and list views of every output type, and Export-Csv columns.

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
    $conversations = Get-IntercomConversation -First 5 -ExpandAssignee -ExpandContact
    $contacts = Get-IntercomContact -First 3

    # Each table header line (the one above the dashes) must fit in 80 columns without wrapping.
    function Get-TableHeader([string] $text) {
        $lines = $text -split "`r?`n"
        for ($i = 1; $i -lt $lines.Count; $i++) { if ($lines[$i] -match '^-+( +-+)*\s*$') { return $lines[$i - 1] } }
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Format views' {
    It 'defines a table and a list view for <_>' -ForEach @(
        'Conversation', 'Contact', 'Admin', 'Team', 'Tag', 'Note', 'Segment', 'Company', 'DataAttribute',
        'ConversationPart', 'RouteStatistics', 'ExportResult', 'Connection') {
        $views = Get-FormatData -TypeName "IntercomPS.$_" -PowerShellVersion $PSVersionTable.PSVersion
        $controls = $views.FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name }
        $controls | Should -Contain 'TableControl'
        $controls | Should -Contain 'ListControl'
    }

    It 'formats nested objects too: a conversation''s parts get the part table' {
        $parts = (Get-IntercomConversation -Id $conversations[0].Id).Parts | Select-Object -First 3
        $header = Get-TableHeader ($parts | Out-String -Width 80)
        $header | Should -Match '^Id\s+Created \(local\)\s+PartType'
    }

    It 'needs no type file: the manifest processes none' {
        (Import-PowerShellDataFile $manifest).TypesToProcess | Should -BeNullOrEmpty
    }
}

Describe 'Views generated from the resource declarations' {
    BeforeDiscovery {
        # The module's engine (in its own load context) declares the resources; those with columns get generated views.
        Import-Module (Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1') -ErrorAction Stop
        $engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IntercomPS.Engine' } | Select-Object -First 1
        $declared = if ($engine) {
            @($engine.GetType('IntercomPS.Engine.Resources.Declarations.IntercomResources', $true)::All |
                Where-Object { $_.TableColumns.Count -gt 0 } |
                ForEach-Object { @{ Noun = $_.Noun; Model = $_.ModelType; TableColumns = @($_.TableColumns); ListColumns = @($_.ListProperties) } })
        }
    }

    It 'finds the declarations: Admin, Team, Tag and Segment declare their columns' {
        $engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IntercomPS.Engine' } | Select-Object -First 1
        $nouns = @($engine.GetType('IntercomPS.Engine.Resources.Declarations.IntercomResources', $true)::All | Where-Object { $_.TableColumns.Count -gt 0 }).Noun
        foreach ($noun in 'Admin', 'Team', 'Tag', 'Segment') { $nouns | Should -Contain $noun }
    }

    It '<Noun>: Format-Table and Format-List use its table and list views, in strict mode too' -ForEach $declared {
        $typeName = "IntercomPS.$($Model.Name)"
        $controls = (Get-FormatData -TypeName $typeName -PowerShellVersion $PSVersionTable.PSVersion).FormatViewDefinition.Control
        $tableControl = $controls | Where-Object { $_ -is [System.Management.Automation.TableControl] }
        $listControl = $controls | Where-Object { $_ -is [System.Management.Automation.ListControl] }
        @($tableControl).Count | Should -Be 1
        @($listControl).Count | Should -Be 1
        $tableControl.Headers.Count | Should -Be $TableColumns.Count
        $listControl.Entries[0].Items.Count | Should -Be $ListColumns.Count

        # An empty object of the model, named as the cmdlets name it: every column still renders (no error, no blank view).
        $object = [psobject]::new([Activator]::CreateInstance($Model))
        $object.PSObject.TypeNames.Insert(0, $typeName)
        $tableText = $object | Format-Table | Out-String -Width 80
        $listText = $object | Format-List | Out-String -Width 200
        $headers = @($tableControl.Headers | ForEach-Object { if ($_.Label) { $_.Label } })
        $tableText | Should -Match ('(?m)^' + (($headers | ForEach-Object { [regex]::Escape($_) }) -join '\s+'))
        $labels = @($listControl.Entries[0].Items | ForEach-Object { $_.Label })
        @($listText -split "`r?`n" | Where-Object { $_ -match '^(\S.*?)\s+:' } | ForEach-Object { $Matches[1].Trim() }) | Should -Be $labels
        $strict = & {
            Set-StrictMode -Version Latest
            [pscustomobject]@{ Table = ($object | Format-Table | Out-String -Width 80); List = ($object | Format-List | Out-String -Width 200) }
        }
        $strict.Table | Should -BeExactly $tableText
        $strict.List | Should -BeExactly $listText
    }

    It 'shows dates in local time, marked (local): a segment''s creation' {
        $segment = @(Get-IntercomSegment | Where-Object CreatedAt)[0]
        $list = $segment | Format-List | Out-String -Width 200
        $list | Should -Match ('Created \(local\)\s+: ' + [regex]::Escape($segment.CreatedAt.LocalDateTime.ToString('yyyy-MM-dd HH:mm')))
    }

    It 'joins lists and uses declared headers: a team''s admins' {
        $team = @(Get-IntercomTeam | Where-Object { @($_.AdminIds).Count -gt 1 })[0]
        $text = $team | Format-Table | Out-String -Width 80
        Get-TableHeader $text | Should -Match '^Id\s+Name\s+Admins'
        $text | Should -Match ([regex]::Escape($team.AdminIds -join ', '))
    }
}

Describe 'Conversation table' {
    BeforeAll { $table = $conversations | Out-String -Width 80 }

    It 'shows full 15-digit ids' {
        foreach ($id in $conversations.Id) { $table | Should -Match ([regex]::Escape($id)) }
        $table | Should -Not -Match '\d{10}…'
    }

    It 'fits its header in 80 columns' {
        $header = Get-TableHeader $table
        $header | Should -Match 'Created \(local\)'
        $header.TrimEnd().Length | Should -BeLessOrEqual 80
    }

    It 'shows local times, labelled as such' {
        $first = $conversations[0]
        $table | Should -Match ([regex]::Escape($first.CreatedAt.LocalDateTime.ToString('yyyy-MM-dd HH:mm')))
    }

    It 'shows the expanded assignee name, never 0 for unassigned' {
        $assigned = $conversations | Where-Object AssignedAdmin | Select-Object -First 1
        $table | Should -Match ([regex]::Escape($assigned.AssignedAdmin.Name))
        ($table -split "`n" | Select-Object -Skip 3) -match '^\d+ .* 0 ' | Should -BeNullOrEmpty
    }

    It 'shows the subject from Source.Subject when Title is empty' {
        $untitled = Get-IntercomConversation -First 50 | Where-Object { -not $_.Title -and $_.Source.Subject } | Select-Object -First 1
        $untitled | Should -Not -BeNullOrEmpty
        $subject = $untitled.Source.Subject
        ($untitled | Out-String -Width 200) | Should -Match ([regex]::Escape($subject))
    }
}

Describe 'List views' {
    It 'starts the conversation list with Id and shows Source/Statistics as text, not type names' {
        $list = $conversations[0] | Format-List | Out-String -Width 120
        ($list.Trim() -split "`n")[0] | Should -Match '^Id\s+:'
        $list | Should -Not -Match 'IntercomPS\.Engine\.Models'
        $list | Should -Match 'Statistics\s+: first reply'
    }

    It 'keeps raw dictionaries out of the contact list, reachable through GetAdditionalProperties()' {
        $list = $contacts[0] | Format-List | Out-String -Width 120
        ($list.Trim() -split "`n")[0] | Should -Match '^Id\s+:'
        $list | Should -Not -Match 'social_profiles|android_|ios_|utm_'
        ($list -split "`n").Count | Should -BeLessThan 30
        $contacts[0].GetAdditionalProperties().Keys | Should -Contain 'opted_in_subscription_types'
    }

    It 'shows the connection as a list by default and as a table on request' {
        $connection = Get-IntercomConnection
        ($connection | Out-String) | Should -Match 'WorkspaceName\s+: Sandbox Workspace'
        Get-TableHeader ($connection | Format-Table | Out-String -Width 80) | Should -Match 'WorkspaceName'
    }
}

Describe 'Object surface' {
    It 'maps the conversation fields the API sends (no per-object note properties)' {
        $names = $conversations[0].PSObject.Properties.Name
        foreach ($name in 'Topics', 'Ticket', 'LinkedObjects', 'AiAgent', 'ExternalReferences') { $names | Should -Contain $name }
        foreach ($name in 'topics', 'linked_objects', 'external_references', 'RawJson') { $names -ccontains $name | Should -BeFalse }
        $conversations[0].GetAdditionalProperties().Count | Should -Be 0
    }

    It 'has no unknown-field note properties on contacts' {
        $contacts[0].PSObject.Properties | Where-Object MemberType -eq 'NoteProperty' | Should -BeNullOrEmpty
    }
}

Describe 'Export-Csv' {
    It 'writes <Name> columns without raw dictionaries or type names of nested objects' -ForEach @(
        @{ Name = 'Contact'; Get = { Get-IntercomContact -First 3 } }
        @{ Name = 'Conversation'; Get = { Get-IntercomConversation -First 3 } }
        @{ Name = 'Company'; Get = { Get-IntercomCompany -First 3 } }
        @{ Name = 'Admin'; Get = { Get-IntercomAdmin } }
        @{ Name = 'Team'; Get = { Get-IntercomTeam } }
        @{ Name = 'Tag'; Get = { Get-IntercomTag } }
        @{ Name = 'Segment'; Get = { Get-IntercomSegment } }
        @{ Name = 'DataAttribute'; Get = { Get-IntercomDataAttribute -Model contact } }
        @{ Name = 'ConversationPart'; Get = { (Get-IntercomConversation -Id $conversations[0].Id).Parts | Select-Object -First 3 } }
        @{ Name = 'Note'; Get = { Add-IntercomNote -ContactId $contacts[0].Id -Body 'csv columns' -PassThru -Confirm:$false } }
    ) {
        $csv = & $Get | ConvertTo-Csv
        $header = $csv[0]
        $header | Should -Match '^"(Id|Model)"|"Id"'
        $header | Should -Not -Match 'social_profiles|android_|ios_|utm_|RawJson'
        ($header -split ',') -replace '"' | Should -Not -Contain 'Type'
        ($header -split ',') -replace '"' | Should -Not -Contain 'AdditionalProperties'
        $rows = ($csv | Select-Object -Skip 1) -join "`n"
        $rows | Should -Not -Match 'IntercomPS\.Engine\.Models|EmbeddedList`1|System\.Collections|System\.String\[\]'
        $rows | Should -Not -Match 'social_profiles|android_app|utm_campaign'
    }

    It 'leaves Type and AdditionalProperties out of Format-List * as well' {
        $list = $contacts[0] | Format-List * | Out-String -Width 200
        $list | Should -Not -Match '(?m)^(Type|AdditionalProperties)\s+:'
    }

    It 'keeps an unknown field of a sandbox object reachable through GetAdditionalProperties()' {
        $extra = $contacts[0].GetAdditionalProperties()
        # A member the description does not declare on contacts (social_profiles, which these tests used before, is).
        $extra['opted_in_subscription_types'] | Should -Not -BeNullOrEmpty
        $extra.ContainsKey('type') | Should -BeFalse
        { $extra['opted_in_subscription_types'] = $null } | Should -Throw
    }

    It 'still tells who wrote a conversation: a nested author keeps its Type' {
        $conversations[0].Source.Author.Type | Should -BeIn 'admin', 'bot', 'user', 'lead', 'contact', 'team'
    }

    It 'round-trips the ids of conversations through Export-Csv and Import-Csv' {
        $path = Join-Path ([IO.Path]::GetTempPath()) "shaping-$PID.csv"
        try {
            $conversations | Export-Csv -Path $path -NoTypeInformation
            (Import-Csv $path).Id | Should -Be $conversations.Id
        }
        finally { Remove-Item $path -ErrorAction SilentlyContinue }
    }
}

Describe 'Views under Set-StrictMode' {
    # A script with Set-StrictMode (build scripts, many scheduled tasks) runs the views' script blocks in strict mode:
    # reading a property an object does not have (AssignedAdmin before -ExpandAssignee) must not blank the column.
    It '<Name> shows the same table and list in strict mode' -ForEach @(
        @{ Name = 'Get-IntercomConversation'; Command = { Get-IntercomConversation -First 5 } }
        @{ Name = 'Get-IntercomConversation -ExpandAssignee -ExpandContact'; Command = { Get-IntercomConversation -First 5 -ExpandAssignee -ExpandContact } }
        @{ Name = 'Get-IntercomContact'; Command = { Get-IntercomContact -First 5 } }
        @{ Name = 'Get-IntercomCompany'; Command = { Get-IntercomCompany -First 3 } }
        @{ Name = 'Get-IntercomAdmin'; Command = { Get-IntercomAdmin } }
        @{ Name = 'Get-IntercomApiStatistic'; Command = { Get-IntercomApiStatistic } }
        @{ Name = 'Get-IntercomConnection'; Command = { Get-IntercomConnection } }
    ) {
        $objects = @(& $Command)
        $objects.Count | Should -BeGreaterThan 0
        $table = $objects | Format-Table | Out-String -Width 120
        $list = $objects | Format-List | Out-String -Width 120
        $strict = & {
            Set-StrictMode -Version Latest
            [pscustomobject]@{ Table = ($objects | Format-Table | Out-String -Width 120); List = ($objects | Format-List | Out-String -Width 120) }
        }
        $strict.Table | Should -BeExactly $table
        $strict.List | Should -BeExactly $list
    }
}
