#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Issue 6, in real PowerShell: -Filter script blocks translated by PowerShell's parser into Intercom's query, read back
# through -ShowQuery (nothing is sent); every rejection names its construct, its position and -Query.
# 2026-01-10T00:00:00Z is 1768003200; contact date filters are widened by 26 h (93600 s), conversation ones by 1 s below.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
    Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50; ConversationCount = 50 }

    # The filters below name these variables; -Filter reads them from the caller's scope.
    $state = 'open'
    $states = @('open', 'snoozed')
    $d = [DateTimeOffset]'2026-01-10T00:00:00Z'
    $plan = 'pro'

    # The command is built from text so that positions in error messages count from its first line, not the file's.
    function Invoke-FilterSearch {
        param([string] $Target, [string] $Filter)
        $noun = if ($Target -eq 'contact') { 'Contact' } else { 'Conversation' }
        & ([scriptblock]::Create("Search-Intercom$noun -Filter { $Filter } -ShowQuery"))
    }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Search-IntercomConversation and Search-IntercomContact -Filter -ShowQuery' {
    Context 'translates to the expected query' {
        It '<Target>: <Filter>' -ForEach @(
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open'''; Expected = '{"field":"state","operator":"=","value":"open"}' }
            @{ Target = 'conversation'; Filter = '$_.state -ieq ''open'''; Expected = '{"field":"state","operator":"=","value":"open"}' }
            @{ Target = 'conversation'; Filter = '$_.state -ne ''closed'''; Expected = '{"field":"state","operator":"!=","value":"closed"}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -gt 5'; Expected = '{"field":"custom_attributes.order_count","operator":">","value":5}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -ge 5'; Expected = '{"field":"custom_attributes.order_count","operator":">=","value":5}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -lt 5'; Expected = '{"field":"custom_attributes.order_count","operator":"<","value":5}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -ile 5'; Expected = '{"field":"custom_attributes.order_count","operator":"<=","value":5}' }
            @{ Target = 'conversation'; Filter = '5 -lt $_.custom_attributes.order_count'; Expected = '{"field":"custom_attributes.order_count","operator":">","value":5}' }
            @{ Target = 'conversation'; Filter = '5 -ge $_.custom_attributes.order_count'; Expected = '{"field":"custom_attributes.order_count","operator":"<=","value":5}' }
            @{ Target = 'conversation'; Filter = '$_.state -in ''open'',''snoozed'''; Expected = '{"field":"state","operator":"IN","value":["open","snoozed"]}' }
            @{ Target = 'conversation'; Filter = '$_.state -notin ''closed'''; Expected = '{"field":"state","operator":"NIN","value":["closed"]}' }
            @{ Target = 'conversation'; Filter = '''open'',''snoozed'' -contains $_.state'; Expected = '{"field":"state","operator":"IN","value":["open","snoozed"]}' }
            @{ Target = 'conversation'; Filter = '''closed'' -notcontains $_.state'; Expected = '{"field":"state","operator":"NIN","value":["closed"]}' }
            @{ Target = 'conversation'; Filter = '$_.tag_ids -contains ''7'''; Expected = '{"field":"tag_ids","operator":"=","value":"7"}' }
            @{ Target = 'conversation'; Filter = '$_.tag_ids -notcontains ''7'''; Expected = '{"field":"tag_ids","operator":"!=","value":"7"}' }
            @{ Target = 'conversation'; Filter = '''7'' -in $_.tag_ids'; Expected = '{"field":"tag_ids","operator":"=","value":"7"}' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''refund*'''; Expected = '{"field":"title","operator":"^","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''*refund'''; Expected = '{"field":"title","operator":"$","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -ilike ''*refund*'''; Expected = '{"field":"title","operator":"~","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''refund'''; Expected = '{"field":"title","operator":"=","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -notlike ''*refund*'''; Expected = '{"field":"title","operator":"!~","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -notlike ''refund'''; Expected = '{"field":"title","operator":"!=","value":"refund"}' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''*50`*off*'''; Expected = '{"field":"title","operator":"~","value":"50*off"}' }
            @{ Target = 'conversation'; Filter = '$_.open -eq $true'; Expected = '{"field":"open","operator":"=","value":true}' }
            @{ Target = 'conversation'; Filter = '$_.title -eq $null'; Expected = '{"field":"title","operator":"=","value":null}' }
            @{ Target = 'conversation'; Filter = '$PSItem.state -eq ''open'''; Expected = '{"field":"state","operator":"=","value":"open"}' }
            @{ Target = 'conversation'; Filter = '$_.''custom_attributes.issue_type'' -eq ''Bug'''; Expected = '{"field":"custom_attributes.issue_type","operator":"=","value":"Bug"}' }
            @{ Target = 'conversation'; Filter = '$_.CustomAttributes.IssueType -eq ''Bug'''; Expected = '{"field":"custom_attributes.IssueType","operator":"=","value":"Bug"}' }
            @{ Target = 'conversation'; Filter = '$_.Source.Author.Email -like ''*@example.com'''; Expected = '{"field":"source.author.email","operator":"$","value":"@example.com"}' }
            @{ Target = 'contact'; Filter = '$_.Location.Country -eq ''France'''; Expected = '{"field":"location.country","operator":"=","value":"France"}' }
            @{ Target = 'conversation'; Filter = '$_.state -eq $state'; Expected = '{"field":"state","operator":"=","value":"open"}' }
            @{ Target = 'conversation'; Filter = '$_.state -in $states'; Expected = '{"field":"state","operator":"IN","value":["open","snoozed"]}' }
            @{ Target = 'contact'; Filter = '$_.custom_attributes.plan -eq $plan'; Expected = '{"field":"custom_attributes.plan","operator":"=","value":"pro"}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -gt (2 + 3)'; Expected = '{"field":"custom_attributes.order_count","operator":">","value":5}' }
            @{ Target = 'conversation'; Filter = '$_.state -eq $("op" + ''en'')'; Expected = '{"field":"state","operator":"=","value":"open"}' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -ge -3'; Expected = '{"field":"custom_attributes.order_count","operator":">=","value":-3}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ge $d'; Expected = '{"field":"created_at","operator":">","value":1768003199}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -gt $d'; Expected = '{"field":"created_at","operator":">","value":1768003199}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -lt $d'; Expected = '{"field":"created_at","operator":"<","value":1768003200}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -le $d'; Expected = '{"field":"created_at","operator":"<","value":1768003201}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -eq $d'; Expected = '{"field":"created_at","operator":"=","value":1768003200}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ne $d'; Expected = '{"field":"created_at","operator":"!=","value":1768003200}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ge 1768003200'; Expected = '{"field":"created_at","operator":">","value":1768003199}' }
            @{ Target = 'conversation'; Filter = '$_.updated_at -lt $d.AddDays(1)'; Expected = '{"field":"updated_at","operator":"<","value":1768089600}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ge ''2026-01-10T00:00:00Z'''; Expected = '{"field":"created_at","operator":">","value":1768003199}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -lt ''1768003200'''; Expected = '{"field":"created_at","operator":"<","value":1768003200}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -in $d, $d.AddSeconds(5)'; Expected = '{"field":"created_at","operator":"IN","value":[1768003200,1768003205]}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ge $d.AddMilliseconds(500)'; Expected = '{"field":"created_at","operator":">","value":1768003199}' }
            @{ Target = 'conversation'; Filter = '$_.created_at -lt $d.AddMilliseconds(500)'; Expected = '{"field":"created_at","operator":"<","value":1768003201}' }
            @{ Target = 'contact'; Filter = '$_.created_at -ge $d'; Expected = '{"field":"created_at","operator":">","value":1767909600}' }
            @{ Target = 'contact'; Filter = '$_.created_at -gt $d'; Expected = '{"field":"created_at","operator":">","value":1767909600}' }
            @{ Target = 'contact'; Filter = '$_.created_at -lt $d'; Expected = '{"field":"created_at","operator":"<","value":1768096800}' }
            @{ Target = 'contact'; Filter = '$_.last_seen_at -le $d'; Expected = '{"field":"last_seen_at","operator":"<","value":1768096801}' }
            @{ Target = 'contact'; Filter = '$_.created_at -eq $d'; Expected = '{"field":"created_at","operator":"=","value":1768003200}' }
            @{ Target = 'contact'; Filter = '$_.SignedUpAt -lt $d'; Expected = '{"field":"signed_up_at","operator":"<","value":1768096800}' }
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open'' -and $_.read -eq $false -and ($_.priority -eq ''high'' -and $_.open -eq $true)'; Expected = '{"operator":"AND","value":[{"field":"state","operator":"=","value":"open"},{"field":"read","operator":"=","value":false},{"field":"priority","operator":"=","value":"high"},{"field":"open","operator":"=","value":true}]}' }
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open'' -or $_.state -eq ''snoozed'' -or $_.priority -eq ''urgent'''; Expected = '{"operator":"OR","value":[{"field":"state","operator":"=","value":"open"},{"field":"state","operator":"=","value":"snoozed"},{"field":"priority","operator":"=","value":"urgent"}]}' }
            @{ Target = 'conversation'; Filter = '($_.state -eq ''open'' -or $_.state -eq ''snoozed'') -and $_.read -eq $false'; Expected = '{"operator":"AND","value":[{"operator":"AND","value":[{"field":"read","operator":"=","value":false}]},{"operator":"OR","value":[{"field":"state","operator":"=","value":"open"},{"field":"state","operator":"=","value":"snoozed"}]}]}' }
            @{ Target = 'conversation'; Filter = '($_.state -eq ''open'' -and $_.read -eq $false) -or ($_.priority -eq ''high'' -and $_.open -eq $true)'; Expected = '{"operator":"OR","value":[{"operator":"AND","value":[{"field":"state","operator":"=","value":"open"},{"field":"read","operator":"=","value":false}]},{"operator":"AND","value":[{"field":"priority","operator":"=","value":"high"},{"field":"open","operator":"=","value":true}]}]}' }
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open'' -or $_.state -eq ''snoozed'' -and $_.read -eq $false'; Expected = '{"operator":"AND","value":[{"operator":"AND","value":[{"field":"read","operator":"=","value":false}]},{"operator":"OR","value":[{"field":"state","operator":"=","value":"open"},{"field":"state","operator":"=","value":"snoozed"}]}]}' }
            @{ Target = 'contact'; Filter = '$_.created_at -ge $d -and $_.created_at -lt $d.AddDays(7)'; Expected = '{"operator":"AND","value":[{"field":"created_at","operator":">","value":1767909600},{"field":"created_at","operator":"<","value":1768701600}]}' }
            @{ Target = 'contact'; Filter = '$_.custom_attributes.a1 -eq 1 -and $_.custom_attributes.a2 -eq 2 -and $_.custom_attributes.a3 -eq 3 -and $_.custom_attributes.a4 -eq 4 -and $_.custom_attributes.a5 -eq 5 -and $_.custom_attributes.a6 -eq 6 -and $_.custom_attributes.a7 -eq 7 -and $_.custom_attributes.a8 -eq 8 -and $_.custom_attributes.a9 -eq 9 -and $_.custom_attributes.a10 -eq 10 -and $_.custom_attributes.a11 -eq 11 -and $_.custom_attributes.a12 -eq 12 -and $_.custom_attributes.a13 -eq 13 -and $_.custom_attributes.a14 -eq 14 -and $_.custom_attributes.a15 -eq 15'; Expected = '{"operator":"AND","value":[{"field":"custom_attributes.a1","operator":"=","value":1},{"field":"custom_attributes.a2","operator":"=","value":2},{"field":"custom_attributes.a3","operator":"=","value":3},{"field":"custom_attributes.a4","operator":"=","value":4},{"field":"custom_attributes.a5","operator":"=","value":5},{"field":"custom_attributes.a6","operator":"=","value":6},{"field":"custom_attributes.a7","operator":"=","value":7},{"field":"custom_attributes.a8","operator":"=","value":8},{"field":"custom_attributes.a9","operator":"=","value":9},{"field":"custom_attributes.a10","operator":"=","value":10},{"field":"custom_attributes.a11","operator":"=","value":11},{"field":"custom_attributes.a12","operator":"=","value":12},{"field":"custom_attributes.a13","operator":"=","value":13},{"field":"custom_attributes.a14","operator":"=","value":14},{"field":"custom_attributes.a15","operator":"=","value":15}]}' }
        ) {
            $json = @(Invoke-FilterSearch -Target $Target -Filter $Filter)
            $json.Count | Should -Be 1
            $json[0] | Should -BeExactly $Expected
        }
    }

    It 'reads variables from the caller''s scope' {
        function Find-Open { param($wanted) $local = $wanted; Search-IntercomConversation -Filter { $_.state -eq $local } -ShowQuery }
        Find-Open 'snoozed' | Should -BeExactly '{"field":"state","operator":"=","value":"snoozed"}'
    }

    It 'evaluates sub-expressions once, not per object' {
        $script:evaluations = 0
        function Next-Count { $script:evaluations++; 3 }
        $found = @(Search-IntercomConversation -Filter { $_.custom_attributes.order_count -gt (Next-Count) } -ErrorAction Stop)
        $found.Count | Should -BeGreaterThan 1
        $script:evaluations | Should -Be 1
    }

    It 'combines with the contact conveniences into one group' {
        $json = Search-IntercomContact -Filter { $_.custom_attributes.plan -eq 'pro' -and $_.name -like 'A*' } -Role user -Email 'a@example.com' -ShowQuery
        $json | Should -BeExactly '{"operator":"AND","value":[{"field":"custom_attributes.plan","operator":"=","value":"pro"},{"field":"name","operator":"^","value":"A"},{"field":"email","operator":"=","value":"a@example.com"},{"field":"role","operator":"=","value":"user"}]}'
    }

    It 'combines with -Query and a range' {
        $json = Search-IntercomConversation -Filter { $_.state -eq 'open' -or $_.priority -eq 'high' } -Query @{ field = 'read'; operator = '='; value = $false } -Since '2026-01-10T00:00:00Z' -Until '2026-01-11T00:00:00Z' -ShowQuery
        $json | Should -BeExactly '{"operator":"AND","value":[{"operator":"AND","value":[{"field":"read","operator":"=","value":false}]},{"operator":"OR","value":[{"field":"state","operator":"=","value":"open"},{"field":"priority","operator":"=","value":"high"}]},{"operator":"AND","value":[{"field":"created_at","operator":">","value":1768003199},{"field":"created_at","operator":"<","value":1768089600}]}]}'
    }

    It 'takes a script block in the -Query position as a filter, and refuses one given to -Query beside -Filter' {
        Search-IntercomContact { $_.role -eq 'lead' } -ShowQuery | Should -BeExactly '{"field":"role","operator":"=","value":"lead"}'
        $failure = Get-TerminatingError { Search-IntercomConversation -Filter { $_.state -eq 'open' } -Query { $_.read -eq $true } -ShowQuery }
        $failure.Exception.Message | Should -BeLike '*a Where-Object style script block goes to -Filter*'
    }

    It 'searches with -Filter alone' {
        $states = @(Search-IntercomConversation -Filter { $_.state -eq 'snoozed' } -ErrorAction Stop | ForEach-Object State)
        $states.Count | Should -BeGreaterThan 0
        $states | Where-Object { "$_" -cne 'snoozed' } | Should -BeNullOrEmpty
    }

    Context 'rejects what it cannot translate, naming the construct, its position and -Query' {
        It '<Target>: <Filter>' -ForEach @(
            @{ Target = 'conversation'; Filter = '$_.title.StartsWith(''a'')'; Construct = 'a method call on $_'; Hint = '$_.title.StartsWith(''a'')' }
            @{ Target = 'conversation'; Filter = '$_.title.Trim() -eq ''a'''; Construct = 'a method call on $_'; Hint = '$_.title.Trim()' }
            @{ Target = 'conversation'; Filter = '$_.title -match ''ab+c'''; Construct = 'the operator -match'; Hint = 'regular expressions' }
            @{ Target = 'conversation'; Filter = '$_.title -notmatch ''x'''; Construct = 'the operator -notmatch'; Hint = 'regular expressions' }
            @{ Target = 'conversation'; Filter = '-not ($_.state -eq ''open'' -or $_.state -eq ''closed'')'; Construct = '-not'; Hint = 'opposite operator' }
            @{ Target = 'conversation'; Filter = '!($_.state -eq ''open'')'; Construct = '-not'; Hint = 'opposite operator' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''ab*cd'''; Construct = 'the pattern ''ab*cd'''; Hint = 'not with a * in the middle' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''a?c'''; Construct = 'the pattern ''a?c'''; Hint = 'single-character' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''[ab]*'''; Construct = 'the pattern ''[ab]*'''; Hint = '[set]' }
            @{ Target = 'conversation'; Filter = '$_.title -like ''*'''; Construct = 'the pattern ''*'''; Hint = 'matches every value' }
            @{ Target = 'conversation'; Filter = '$_.title -notlike ''ab*'''; Construct = '-notlike ''ab*'''; Hint = 'does not start/end with' }
            @{ Target = 'conversation'; Filter = '$_.state -ceq ''open'''; Construct = 'the case-sensitive operator -ceq'; Hint = 'case-insensitively' }
            @{ Target = 'conversation'; Filter = '$_.title -clike ''a*'''; Construct = 'the case-sensitive operator -clike'; Hint = 'case-insensitively' }
            @{ Target = 'conversation'; Filter = '''open'' -cin $_.state'; Construct = 'the case-sensitive operator -cin'; Hint = 'case-insensitively' }
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open'' -or ($_.read -eq $true -and ($_.priority -eq ''high'' -or $_.open -eq $true))'; Construct = 'a third level of -and/-or'; Hint = '''$_.priority -eq ''high'' -or $_.open -eq $true''' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -eq 1 -or $_.custom_attributes.order_count -eq 2 -or $_.custom_attributes.order_count -eq 3 -or $_.custom_attributes.order_count -eq 4 -or $_.custom_attributes.order_count -eq 5 -or $_.custom_attributes.order_count -eq 6 -or $_.custom_attributes.order_count -eq 7 -or $_.custom_attributes.order_count -eq 8 -or $_.custom_attributes.order_count -eq 9 -or $_.custom_attributes.order_count -eq 10 -or $_.custom_attributes.order_count -eq 11 -or $_.custom_attributes.order_count -eq 12 -or $_.custom_attributes.order_count -eq 13 -or $_.custom_attributes.order_count -eq 14 -or $_.custom_attributes.order_count -eq 15 -or $_.custom_attributes.order_count -eq 16'; Construct = '16 conditions joined by -or'; Hint = 'use -in' }
            @{ Target = 'contact'; Filter = '$_.created_at -ne $d'; Construct = '-ne on the contact date field ''created_at'''; Hint = 'only =, < and >' }
            @{ Target = 'contact'; Filter = '$_.created_at -in $d, $d.AddDays(1)'; Construct = '-in on the contact date field ''created_at'''; Hint = 'only =, < and >' }
            @{ Target = 'conversation'; Filter = '$_.created_at -eq $d.AddMilliseconds(500)'; Construct = '-eq with a date that has a fraction of a second'; Hint = 'whole seconds' }
            @{ Target = 'conversation'; Filter = '$_.created_at -like ''2026*'''; Construct = 'a text match on the date field ''created_at'''; Hint = '-eq, -gt' }
            @{ Target = 'conversation'; Filter = '$_.state -eq $notDefinedAnywhere'; Construct = 'the variable $notDefinedAnywhere'; Hint = 'not set' }
            @{ Target = 'conversation'; Filter = '$_.title -eq $_.state'; Construct = 'a comparison of $_ with itself'; Hint = 'not with another field' }
            @{ Target = 'conversation'; Filter = '''a'' -eq ''a'''; Construct = 'a comparison that does not involve $_'; Hint = '$_.state -eq ''open''' }
            @{ Target = 'conversation'; Filter = '$_.open'; Construct = 'a bare field'; Hint = '$_.open -eq $true' }
            @{ Target = 'conversation'; Filter = '$_.tag_ids[0] -eq ''1'''; Construct = 'an index into $_'; Hint = '-contains' }
            @{ Target = 'conversation'; Filter = '$_ -eq ''x'''; Construct = '$_ itself'; Hint = 'one of its fields' }
            @{ Target = 'conversation'; Filter = '$_.state -eq ''open''; $_.read -eq $true'; Construct = 'a second statement'; Hint = 'single condition' }
            @{ Target = 'conversation'; Filter = 'Get-Item .'; Construct = 'a command or statement'; Hint = 'not a command' }
            @{ Target = 'conversation'; Filter = '$_.state -eq (''open'',''closed'')'; Construct = '-eq with 2 values'; Hint = 'use -in' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -gt 2.5'; Construct = 'the condition on ''custom_attributes.order_count'''; Hint = 'must be a string, an integer or a boolean' }
            @{ Target = 'conversation'; Filter = '$_.custom_attributes.order_count -gt (1 / 0)'; Construct = 'the value of the expression'; Hint = 'Evaluating it failed' }
            @{ Target = 'conversation'; Filter = '$_.state -in @()'; Construct = '-in with an empty list'; Hint = 'at least one value' }
            @{ Target = 'conversation'; Filter = '$_.state -like 5'; Construct = '-like with a value that is not a string'; Hint = 'pattern is text' }
            @{ Target = 'conversation'; Filter = '''x'' -like $_.title'; Construct = '-like with $_ on the right'; Hint = 'Put the field on the left' }
            @{ Target = 'conversation'; Filter = '$_.created_at -ge $d -or $_.tag_ids -contains ''1'''; Construct = 'the condition on ''tag_ids'''; Hint = 'Join it with -and' }
        ) {
            $noun = if ($Target -eq 'contact') { 'Contact' } else { 'Conversation' }
            $failure = Get-TerminatingError { Invoke-FilterSearch -Target $Target -Filter $Filter }
            $failure.FullyQualifiedErrorId | Should -Be "InvalidFilter,IntercomPS.Cmdlets.SearchIntercom$($noun)Command"
            $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $message = $failure.Exception.Message
            $message.Contains("-Filter cannot translate $Construct at line 1, column ") | Should -BeTrue -Because $message
            $message.Contains($Hint) | Should -BeTrue -Because $message
            $message.Contains('-Query') | Should -BeTrue -Because $message
        }
    }

    It 'points the position at the construct' {
        $text = "Search-IntercomConversation -Filter {`n    `$_.state -eq 'open' -and`n    `$_.title.ToUpper() -eq 'X' } -ShowQuery"
        $failure = Get-TerminatingError { & ([scriptblock]::Create($text)) }
        $failure.Exception.Message.Contains("a method call on `$_ at line 3, column 5: '`$_.title.ToUpper()'") | Should -BeTrue -Because $failure.Exception.Message
    }

    It 'sends nothing for a rejected filter' {
        $log = (Get-IntercomConnection).Sandbox.Log
        $before = $log.Count('POST /conversations/search')
        try { Search-IntercomConversation -Filter { $_.title -match 'x' } } catch { }
        ($log.Count('POST /conversations/search') - $before) | Should -Be 0
    }
}
