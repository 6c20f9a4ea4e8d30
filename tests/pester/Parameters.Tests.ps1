#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Parameters that do not apply are errors; consistency between cmdlets; argument completion.

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'Get-IntercomConversation parameter sets' {
    It 'refuses -ChunkDays without -Since instead of reading the whole workspace' {
        { Get-IntercomConversation -ChunkDays 3 -ErrorAction Stop } | Should -Throw '*-ChunkDays only shape a date range*add -Since*'
    }

    It 'refuses a range with -Id' {
        { Get-IntercomConversation -Id 1 -Since (Get-Date).AddDays(-2) -ChunkDays 1 -ErrorAction Stop } |
            Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
    }

    It 'still combines -State with a range' {
        $since = [DateTime]::UtcNow.AddDays(-30)
        $found = Get-IntercomConversation -State open -Since $since -First 3
        $found.State | Sort-Object -Unique | Should -Be 'open'
    }
}

Describe 'Parameters that only modify others' {
    BeforeAll {
        $since = [DateTime]::UtcNow.AddDays(-30)
        $export = Join-Path ([IO.Path]::GetTempPath()) "parameters-$PID.jsonl"
        function Get-ThrownRecord([scriptblock] $command) {
            try { & $command; $null } catch { $_ }
        }
    }

    It 'refuses Search-IntercomContact -DateField without -Since, naming what to add' {
        $record = Get-ThrownRecord { Search-IntercomContact -Role user -DateField updated_at -ErrorAction Stop }
        $record | Should -Not -BeNullOrEmpty
        $record.FullyQualifiedErrorId | Should -BeLike 'RangeWithoutSince*'
        $record.Exception.Message | Should -BeLike '*-DateField*add -Since*'
    }

    It 'still takes Search-IntercomContact -DateField with -Since' {
        $found = Search-IntercomContact -Role user -DateField updated_at -Since $since -First 2
        @($found).Count | Should -Be 2
    }

    It 'refuses <Command> -PartsThrottleLimit without -IncludeParts or an expansion switch' -ForEach @(
        @{ Command = 'Get-IntercomConversation'; Run = { Get-IntercomConversation -First 1 -PartsThrottleLimit 4 -ErrorAction Stop } }
        @{ Command = 'Search-IntercomConversation'; Run = { Search-IntercomConversation -Since $since -First 1 -PartsThrottleLimit 4 -ErrorAction Stop } }
        @{ Command = 'Export-IntercomConversation'; Run = { Export-IntercomConversation -Path $export -Since $since -PartsThrottleLimit 4 -Confirm:$false -ErrorAction Stop } }
    ) {
        $record = Get-ThrownRecord $Run
        $record | Should -Not -BeNullOrEmpty
        $record.FullyQualifiedErrorId | Should -BeLike 'ParameterDoesNotApply*'
        $record.Exception.Message | Should -BeLike '*-PartsThrottleLimit only applies with*-IncludeParts*'
        $record.TargetObject | Should -Be '-PartsThrottleLimit'
        $record.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        Test-Path $export | Should -BeFalse
    }

    It 'takes -PartsThrottleLimit with <Switch>' -ForEach @(
        @{ Switch = 'IncludeParts' }, @{ Switch = 'ExpandContact' }, @{ Switch = 'ExpandAssignee' }
    ) {
        $switches = @{ $Switch = $true }
        $found = Get-IntercomConversation -First 1 -PartsThrottleLimit 2 @switches
        @($found).Count | Should -Be 1
    }

    It 'treats -IncludeParts:$false as not given' {
        { Get-IntercomConversation -First 1 -IncludeParts:$false -PartsThrottleLimit 2 -ErrorAction Stop } | Should -Throw '*-PartsThrottleLimit only applies*'
    }

    It 'refuses <Paging> with <Command> -<Lookup>' -ForEach @(
        @{ Command = 'Get-IntercomConversation'; Lookup = 'Id'; Paging = '-First'; Run = { param($object) Get-IntercomConversation -Id $object.Id -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomConversation'; Lookup = 'Id'; Paging = '-Skip'; Run = { param($object) Get-IntercomConversation -Id $object.Id -Skip 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomConversation (piped)'; Lookup = 'Id'; Paging = '-First'; Run = { param($object) $object.Id | Get-IntercomConversation -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomContact'; Lookup = 'Id'; Paging = '-First'; Run = { param($object) Get-IntercomContact -Id $object.Id -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomContact'; Lookup = 'Id'; Paging = '-Skip'; Run = { param($object) Get-IntercomContact -Id $object.Id -Skip 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomCompany'; Lookup = 'Id'; Paging = '-First'; Run = { param($object) Get-IntercomCompany -Id $object.Id -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomCompany'; Lookup = 'Id'; Paging = '-Skip'; Run = { param($object) Get-IntercomCompany -Id $object.Id -Skip 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomCompany (piped)'; Lookup = 'Id'; Paging = '-First'; Run = { param($object) $object | Get-IntercomCompany -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomCompany'; Lookup = 'CompanyId'; Paging = '-First'; Run = { param($object) Get-IntercomCompany -CompanyId $object.CompanyId -First 1 -ErrorAction Stop } }
        @{ Command = 'Get-IntercomCompany'; Lookup = 'CompanyId'; Paging = '-Skip'; Run = { param($object) Get-IntercomCompany -CompanyId $object.CompanyId -Skip 1 -ErrorAction Stop } }
    ) {
        $object = switch -Wildcard ($Command) {
            'Get-IntercomContact*' { Get-IntercomContact -First 1 }
            'Get-IntercomCompany*' { Get-IntercomCompany -First 1 }
            default { Get-IntercomConversation -First 1 }
        }
        $record = Get-ThrownRecord { & $Run $object }
        $record | Should -Not -BeNullOrEmpty
        $record.FullyQualifiedErrorId | Should -BeLike 'ParameterDoesNotApply*'
        $record.Exception.Message | Should -BeLike "*$Paging*do not apply to a lookup by -$Lookup*"
    }

    It 'still looks up by -Id without paging' {
        $conversation = Get-IntercomConversation -First 1
        (Get-IntercomConversation -Id $conversation.Id).Id | Should -Be $conversation.Id
    }
}

Describe 'Get-IntercomCompany paging' {
    It 'supports -First and -Skip like contacts and conversations' {
        $all = Get-IntercomCompany -First 5
        $all.Count | Should -Be 5
        (Get-IntercomCompany -Skip 2 -First 2).Id | Should -Be $all[2..3].Id
    }

    It 'leaves no scroll open after -First: reading every company still works' {
        $null = Get-IntercomCompany -First 1
        (Get-IntercomCompany | Measure-Object).Count | Should -BeGreaterThan 5
    }
}

Describe 'Set-IntercomConversation binds output property names' {
    It 'takes AdminAssigneeId and TeamAssigneeId from piped objects' {
        $conversation = Get-IntercomConversation -First 1
        $team = (Get-IntercomTeam)[1]
        $changed = [pscustomobject]@{ Id = $conversation.Id; TeamAssigneeId = $team.Id } | Set-IntercomConversation -PassThru -Confirm:$false
        $changed.TeamAssigneeId | Should -Be $team.Id
    }

    It 'declares the aliases' {
        $parameters = (Get-Command Set-IntercomConversation).Parameters
        $parameters.AssigneeAdminId.Aliases | Should -Contain 'AdminAssigneeId'
        $parameters.AssigneeTeamId.Aliases | Should -Contain 'TeamAssigneeId'
    }
}

Describe 'Set-* take the fields of New-*' {
    # One declaration serves both: what is created with a field is changed with it, optional and bound alike.
    It 'Set-<Noun> takes every parameter of New-<Noun>, none mandatory, bound from piped objects alike' -ForEach @(
        @{ Noun = 'IntercomArticle' }, @{ Noun = 'IntercomCollection' }, @{ Noun = 'IntercomContentSnippet' }
        @{ Noun = 'IntercomInternalArticle' }, @{ Noun = 'IntercomNewsItem' }
    ) {
        $set = (Get-Command "Set-$Noun").Parameters
        foreach ($created in (Get-Command "New-$Noun").Parameters.Values) {
            $changed = $set[$created.Name]
            $changed | Should -Not -BeNullOrEmpty -Because "Set-$Noun changes what New-$Noun -$($created.Name) sets"
            $changed.ParameterType | Should -Be $created.ParameterType
            $changed.ParameterSets.Values.IsMandatory | Should -Not -Contain $true
            $changed.ParameterSets.Values.ValueFromPipelineByPropertyName | Should -Be $created.ParameterSets.Values.ValueFromPipelineByPropertyName
        }
    }
}

Describe 'Argument completers' {
    It 'completes tag names' {
        $line = 'Add-IntercomTag -Name '
        $tags = (Get-IntercomTag).Name
        $completions = (TabExpansion2 $line $line.Length).CompletionMatches
        $completions.Count | Should -BeGreaterThan 0
        foreach ($completion in $completions) { $completion.CompletionText.Trim("'") | Should -BeIn $tags }
    }

    It 'completes admin ids, matching names' {
        $admin = (Get-IntercomAdmin)[0]
        $line = "Set-IntercomConversation -AssigneeAdminId $($admin.Name.Split(' ')[1])"
        $completions = (TabExpansion2 $line $line.Length).CompletionMatches
        $completions.CompletionText | Should -Contain $admin.Id
    }

    It 'completes team ids' {
        $line = 'Get-IntercomTeam -Id '
        (TabExpansion2 $line $line.Length).CompletionMatches.CompletionText | Should -Be ((Get-IntercomTeam).Id | Sort-Object)
    }

    It 'completes from the session cache: no request after the first' {
        Clear-IntercomCache
        $before = (Get-IntercomApiStatistic | Where-Object Route -eq 'GET /tags').Requests
        $line = 'Remove-IntercomTag -Name '
        1..3 | ForEach-Object { $null = TabExpansion2 $line $line.Length }
        $after = (Get-IntercomApiStatistic | Where-Object Route -eq 'GET /tags').Requests
        ($after - [int]$before) | Should -Be 1
    }
}
