<#
    Every PowerShell file that ships or that users run must run in Windows PowerShell 5.1, where the scheduled tasks
    this module exists for run. This walks their syntax trees and refuses what only PowerShell 6 or 7 understands.
    The folders are walked, not listed, so files added later are checked too. The second half feeds the check one
    sample of each refused form, so that a check that stopped seeing a form fails here.
#>

BeforeDiscovery {
    $repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
    $scriptFiles = @(
        Get-ChildItem (Join-Path $repoRoot 'module') -Recurse -Include '*.ps1', '*.psm1', '*.psd1'
        Get-ChildItem (Join-Path $repoRoot 'samples') -Recurse -Include '*.ps1', '*.psm1'
        Get-ChildItem (Join-Path $repoRoot 'tests/pester') -Recurse -Include '*.ps1', '*.psm1'
        Get-ChildItem (Join-Path $repoRoot 'tests/mono') -Recurse -Include '*.ps1'
        Get-Item (Join-Path $repoRoot 'IntercomPS.psd1')
        Get-Item (Join-Path $repoRoot 'build.ps1')
    ) | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' }
    $filesUsersRun = @($scriptFiles | ForEach-Object {
            @{ Path = $_.FullName; Name = $_.FullName.Substring($repoRoot.Length + 1); Kind = 'script' }
        })
    $filesUsersRun += @(Get-ChildItem (Join-Path $repoRoot 'module') -Filter '*.ps1xml' | ForEach-Object {
            @{ Path = $_.FullName; Name = $_.FullName.Substring($repoRoot.Length + 1); Kind = 'ps1xml' }
        })
    $filesUsersRun += @(Get-ChildItem (Join-Path $repoRoot 'module/help') -Filter '*.json' | ForEach-Object {
            @{ Path = $_.FullName; Name = $_.FullName.Substring($repoRoot.Length + 1); Kind = 'help' }
        })
}

BeforeAll {
    # Commands that Windows PowerShell 5.1 does not have.
    $script:commandsNotIn51 = @{
        'Join-String'          = 'Join-String is PowerShell 7: use -join.'
        'Get-Error'            = 'Get-Error is PowerShell 7: read $Error[0] and its Exception.'
        'Test-Json'            = 'Test-Json is PowerShell 6.1+: parse with ConvertFrom-Json in try/catch.'
        'ConvertFrom-Markdown' = 'ConvertFrom-Markdown is PowerShell 6.1+.'
        'Show-Markdown'        = 'Show-Markdown is PowerShell 6.1+.'
        'Get-Uptime'           = 'Get-Uptime is PowerShell 6.1+: use (Get-CimInstance Win32_OperatingSystem).LastBootUpTime.'
        'Remove-Alias'         = 'Remove-Alias is PowerShell 6+: Remove-Item Alias:\name.'
        'Remove-Service'       = 'Remove-Service is PowerShell 6+.'
        'Start-ThreadJob'      = 'Start-ThreadJob ships with PowerShell 7; 5.1 has it only from the ThreadJob module: use Start-Job.'
    }
    # Parameters that the 5.1 version of a command does not have. ForEach-Object has the aliases % and foreach.
    $script:parametersNotIn51 = @{
        'ForEach-Object'   = @{ Parallel = 'ForEach-Object -Parallel is PowerShell 7: use a runspace pool, Start-Job, or a sequential loop.'; ThrottleLimit = 'ForEach-Object -ThrottleLimit is PowerShell 7.'; AsJob = 'ForEach-Object -AsJob is PowerShell 7.'; TimeoutSeconds = 'ForEach-Object -TimeoutSeconds is PowerShell 7.' }
        'ConvertFrom-Json' = @{ AsHashtable = 'ConvertFrom-Json -AsHashtable is PowerShell 6+: walk the PSCustomObject''s properties.'; Depth = 'ConvertFrom-Json -Depth is PowerShell 6.2+.'; NoEnumerate = 'ConvertFrom-Json -NoEnumerate is PowerShell 7.' }
        'ConvertTo-Json'   = @{ AsArray = 'ConvertTo-Json -AsArray is PowerShell 6.2+: wrap the input in @().'; EnumsAsStrings = 'ConvertTo-Json -EnumsAsStrings is PowerShell 6.2+.'; EscapeHandling = 'ConvertTo-Json -EscapeHandling is PowerShell 6.2+.' }
        'Get-Content'      = @{ AsByteStream = 'Get-Content -AsByteStream is PowerShell 6+: -Encoding Byte in 5.1.' }
        'Set-Content'      = @{ AsByteStream = 'Set-Content -AsByteStream is PowerShell 6+: -Encoding Byte in 5.1.' }
        'Add-Content'      = @{ AsByteStream = 'Add-Content -AsByteStream is PowerShell 6+: -Encoding Byte in 5.1.' }
        'Get-Date'         = @{ AsUTC = 'Get-Date -AsUTC is PowerShell 7.1: (Get-Date).ToUniversalTime().'; UnixTimeSeconds = 'Get-Date -UnixTimeSeconds is PowerShell 7.1: [DateTimeOffset]::FromUnixTimeSeconds().' }
        'Split-Path'       = @{ LeafBase = 'Split-Path -LeafBase is PowerShell 6+: [IO.Path]::GetFileNameWithoutExtension().'; Extension = 'Split-Path -Extension is PowerShell 6+: [IO.Path]::GetExtension().' }
        'Join-Path'        = @{ AdditionalChildPath = 'Join-Path -AdditionalChildPath (several children) is PowerShell 6+: nest Join-Path.' }
        'Sort-Object'      = @{ Top = 'Sort-Object -Top is PowerShell 6+: Select-Object -First.'; Bottom = 'Sort-Object -Bottom is PowerShell 6+: Select-Object -Last.'; Stable = 'Sort-Object -Stable is PowerShell 6+.' }
        'Get-Random'       = @{ Shuffle = 'Get-Random -Shuffle is PowerShell 7: Get-Random -Count $items.Count.' }
    }
    # Invoke-RestMethod and Invoke-WebRequest share their web parameters.
    $webParameters = @{ SkipCertificateCheck = '-SkipCertificateCheck is PowerShell 6+.'; Authentication = '-Authentication is PowerShell 6+: set the Authorization header.'; Token = '-Token is PowerShell 6+: set the Authorization header.'; Form = '-Form is PowerShell 6.1+.'; MaximumRetryCount = '-MaximumRetryCount is PowerShell 6.1+.'; RetryIntervalSec = '-RetryIntervalSec is PowerShell 6.1+.'; SkipHttpErrorCheck = '-SkipHttpErrorCheck is PowerShell 7.'; SslProtocol = '-SslProtocol is PowerShell 6+.'; HttpVersion = '-HttpVersion is PowerShell 7.3.'; ResponseHeadersVariable = '-ResponseHeadersVariable is PowerShell 6+.'; StatusCodeVariable = '-StatusCodeVariable is PowerShell 7.'; Resume = '-Resume is PowerShell 6.1+.' }
    $script:parametersNotIn51['Invoke-RestMethod'] = $webParameters
    $script:parametersNotIn51['Invoke-WebRequest'] = $webParameters
    $script:commandAliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object'; 'sort' = 'Sort-Object'; 'gc' = 'Get-Content'; 'cat' = 'Get-Content'; 'type' = 'Get-Content'; 'irm' = 'Invoke-RestMethod'; 'iwr' = 'Invoke-WebRequest'; 'curl' = 'Invoke-WebRequest'; 'wget' = 'Invoke-WebRequest' }
    # Encodings 5.1 does not know by name (it knows UTF8, which writes a BOM).
    $script:encodingsNotIn51 = @('utf8NoBOM', 'utf8BOM', 'ansi')
    # Automatic variables that are $null in 5.1, so a test of them is silently false there.
    $script:variablesNotIn51 = @{
        PSStyle   = '$PSStyle is PowerShell 7.2+.'
        IsWindows = '$IsWindows is PowerShell 6+ ($null, so false, in 5.1): test $PSVersionTable.PSEdition -eq ''Desktop'' or [Environment]::OSVersion.Platform.'
        IsLinux   = '$IsLinux is PowerShell 6+ ($null in 5.1): test $PSVersionTable.PSEdition first.'
        IsMacOS   = '$IsMacOS is PowerShell 6+ ($null in 5.1): test $PSVersionTable.PSEdition first.'
        IsCoreCLR = '$IsCoreCLR is PowerShell 6+ ($null in 5.1): test $PSVersionTable.PSEdition.'
    }

    function script:New-Finding([System.Management.Automation.Language.Ast] $Ast, [string] $Form) {
        [pscustomobject]@{ Line = $Ast.Extent.StartLineNumber; Form = $Form; Text = $Ast.Extent.Text }
    }

    function script:Resolve-CommandName([string] $Name) {
        if ($script:commandAliases.ContainsKey($Name)) { return $script:commandAliases[$Name] }
        foreach ($known in @($script:parametersNotIn51.Keys) + @($script:commandsNotIn51.Keys)) {
            if ($known -eq $Name) { return $known }
        }
        $Name
    }

    <#
        The PowerShell 7 forms in a script's text: parse errors first (a script that does not parse runs nowhere), then
        each node of its syntax tree that Windows PowerShell 5.1 would not parse or would run differently.
    #>
    function script:Find-PowerShell7Syntax([string] $ScriptText) {
        $tokens = $null; $errors = $null
        $tree = [System.Management.Automation.Language.Parser]::ParseInput($ScriptText, [ref]$tokens, [ref]$errors)
        foreach ($parseError in @($errors)) {
            [pscustomobject]@{ Line = $parseError.Extent.StartLineNumber; Form = "does not parse: $($parseError.Message)"; Text = $parseError.Extent.Text }
        }

        $nodes = $tree.FindAll({ $true }, $true)
        foreach ($node in $nodes) {
            $type = $node.GetType().Name
            if ($type -eq 'TernaryExpressionAst') { New-Finding $node 'the ternary operator ?: is PowerShell 7: use if/else.' }
            elseif ($type -eq 'PipelineChainAst') { New-Finding $node 'the pipeline chain operators && and || are PowerShell 7: test $? or $LASTEXITCODE with if.' }
            elseif ($type -eq 'BinaryExpressionAst' -and $node.Operator -eq 'QuestionQuestion') { New-Finding $node 'the null-coalescing operator ?? is PowerShell 7: use if ($null -eq ...).' }
            elseif ($type -eq 'AssignmentStatementAst' -and $node.Operator -eq 'QuestionQuestionEquals') { New-Finding $node 'the null-coalescing assignment ??= is PowerShell 7: use if ($null -eq $x) { $x = ... }.' }
            elseif ($type -eq 'BinaryExpressionAst' -and $node.Operator -eq 'DotDot' -and (Test-CharacterRangeEnd $node.Left) -and (Test-CharacterRangeEnd $node.Right)) {
                New-Finding $node "character ranges such as 'a'..'z' are PowerShell 6+: cast numbers, [char[]](97..122)."
            }
            elseif (($type -eq 'MemberExpressionAst' -or $type -eq 'InvokeMemberExpressionAst' -or $type -eq 'IndexExpressionAst') -and $node.NullConditional) {
                New-Finding $node 'the null-conditional operators ?. and ?[] are PowerShell 7: test for $null first.'
            }
            elseif ($type -eq 'ScriptBlockAst' -and $null -ne $node.PSObject.Properties['CleanBlock'] -and $null -ne $node.CleanBlock) {
                New-Finding $node.CleanBlock 'clean blocks are PowerShell 7.3: use try/finally in end.'
            }
            elseif ($type -eq 'PipelineAst' -and $node.Background) { New-Finding $node 'the background operator & at the end of a pipeline is PowerShell 6+: use Start-Job.' }
            elseif ($type -eq 'VariableExpressionAst' -and $script:variablesNotIn51.ContainsKey($node.VariablePath.UserPath)) {
                New-Finding $node $script:variablesNotIn51[$node.VariablePath.UserPath]
            }
            elseif (($type -eq 'StringConstantExpressionAst' -or $type -eq 'ExpandableStringExpressionAst') -and $node.StringConstantType -ne 'SingleQuoted' -and $node.StringConstantType -ne 'SingleQuotedHereString' -and $node.Extent.Text -match '`u\{') {
                New-Finding $node 'the escape `u{...} is PowerShell 6+ (5.1 reads it as the letter u): use [char]0x....'
            }
            elseif ($type -eq 'CommandAst') { Find-CommandNotIn51 $node }
        }
    }

    function script:Test-CharacterRangeEnd($Ast) {
        $Ast.GetType().Name -eq 'StringConstantExpressionAst' -and $Ast.Value.Length -eq 1
    }

    function script:Find-CommandNotIn51([System.Management.Automation.Language.CommandAst] $Command) {
        $name = $Command.GetCommandName()
        if (-not $name) { return }
        $name = Resolve-CommandName $name
        if ($script:commandsNotIn51.ContainsKey($name)) {
            New-Finding $Command $script:commandsNotIn51[$name]
        }
        $refused = $script:parametersNotIn51[$name]
        $elements = $Command.CommandElements
        for ($i = 1; $i -lt $elements.Count; $i++) {
            $element = $elements[$i]
            if ($element.GetType().Name -ne 'CommandParameterAst') { continue }
            if ($refused) {
                foreach ($parameter in $refused.Keys) {
                    # PowerShell accepts any unambiguous prefix of a parameter name; three letters is prefix enough here.
                    if ($element.ParameterName.Length -ge 3 -and $parameter.StartsWith($element.ParameterName, [StringComparison]::OrdinalIgnoreCase)) {
                        New-Finding $element $refused[$parameter]
                    }
                }
            }
            if ($element.ParameterName -eq 'Encoding') {
                $value = $element.Argument
                if (-not $value -and $i + 1 -lt $elements.Count) { $value = $elements[$i + 1] }
                if ($value -and $value.GetType().Name -eq 'StringConstantExpressionAst' -and $script:encodingsNotIn51 -contains $value.Value) {
                    New-Finding $element "-Encoding $($value.Value) is PowerShell 6+: 5.1 knows UTF8 (with BOM), or write with [IO.File]::WriteAllText and a UTF8Encoding."
                }
            }
        }
    }

    # The scripts a file holds: the file itself, the script blocks of a ps1xml file, or the examples of a help source.
    function script:Get-ScriptsOf([string] $Path, [string] $Kind) {
        if ($Kind -eq 'script') { return , @{ Where = ''; Text = [IO.File]::ReadAllText($Path) } }
        if ($Kind -eq 'ps1xml') {
            [xml] $document = [IO.File]::ReadAllText($Path)
            $scriptElements = $document.SelectNodes('//ScriptBlock | //Script | //GetScriptBlock | //SetScriptBlock')
            return @($scriptElements | ForEach-Object { @{ Where = "<$($_.Name)> "; Text = $_.InnerText } })
        }
        $help = [IO.File]::ReadAllText($Path) | ConvertFrom-Json
        @($help.examples | Where-Object { $_.code } | ForEach-Object { @{ Where = "example '$($_.title)' "; Text = $_.code } })
    }
}

Describe 'Files that ship or that users run use only Windows PowerShell 5.1 language' {
    It '<Name>' -ForEach $filesUsersRun {
        $findings = @(foreach ($script in Get-ScriptsOf $Path $Kind) {
                Find-PowerShell7Syntax $script.Text | ForEach-Object { '{0}line {1}: {2}  [{3}]' -f $script.Where, $_.Line, $_.Form, $_.Text }
            })
        $findings | Should -BeNullOrEmpty -Because "Windows PowerShell 5.1 must run $Name"
    }
}

Describe 'The syntax check refuses each PowerShell 7 form' {
    It 'refuses <Form>' -ForEach @(
        @{ Form = 'the ternary operator'; Sample = '$mode = $IsFast ? ''fast'' : ''slow'''; Expected = 'ternary' }
        @{ Form = 'the null-coalescing operator'; Sample = '$name = $env:NAME ?? ''default'''; Expected = '\?\? is' }
        @{ Form = 'the null-coalescing assignment'; Sample = '$limit ??= 10'; Expected = '\?\?=' }
        @{ Form = 'the null-conditional member access'; Sample = '$length = ${text}?.Length'; Expected = 'null-conditional' }
        @{ Form = 'the null-conditional method call'; Sample = '${text}?.Trim()'; Expected = 'null-conditional' }
        @{ Form = 'the null-conditional index'; Sample = '$first = ${items}?[0]'; Expected = 'null-conditional' }
        @{ Form = 'the && chain'; Sample = 'dotnet build && dotnet test'; Expected = 'pipeline chain' }
        @{ Form = 'the || chain'; Sample = 'Test-Path $file || throw ''missing'''; Expected = 'pipeline chain' }
        @{ Form = 'ForEach-Object -Parallel'; Sample = '1..4 | ForEach-Object -Parallel { $_ * 2 } -ThrottleLimit 4'; Expected = '-Parallel' }
        @{ Form = '% -Parallel'; Sample = '1..4 | % -Parallel { $_ }'; Expected = '-Parallel' }
        @{ Form = 'clean blocks'; Sample = 'function Use-Thing { process { $_ } clean { Remove-Item $temp } }'; Expected = 'clean blocks' }
        @{ Form = 'the background operator'; Sample = 'Start-Sleep 5 &'; Expected = 'background operator' }
        @{ Form = 'ConvertFrom-Json -AsHashtable'; Sample = '$settings = Get-Content settings.json -Raw | ConvertFrom-Json -AsHashtable'; Expected = 'AsHashtable' }
        @{ Form = 'ConvertFrom-Json -Depth'; Sample = '$deep = $json | ConvertFrom-Json -Depth 200'; Expected = 'ConvertFrom-Json -Depth' }
        @{ Form = 'ConvertTo-Json -AsArray'; Sample = '$one | ConvertTo-Json -AsArray'; Expected = 'AsArray' }
        @{ Form = 'Join-String'; Sample = '$ids | Join-String -Separator '',''';  Expected = 'Join-String' }
        @{ Form = 'Get-Error'; Sample = 'Get-Error -Newest 1'; Expected = 'Get-Error' }
        @{ Form = 'Test-Json'; Sample = 'Test-Json -Json $body'; Expected = 'Test-Json' }
        @{ Form = '$PSStyle'; Sample = '$PSStyle.OutputRendering = ''PlainText'''; Expected = 'PSStyle' }
        @{ Form = '$IsWindows'; Sample = 'if ($IsWindows) { $root = $env:ProgramData }'; Expected = 'IsWindows' }
        @{ Form = 'Get-Content -AsByteStream'; Sample = '$bytes = Get-Content $file -AsByteStream'; Expected = 'AsByteStream' }
        @{ Form = '-Encoding utf8NoBOM'; Sample = '$csv | Out-File report.csv -Encoding utf8NoBOM'; Expected = 'utf8NoBOM' }
        @{ Form = 'Invoke-RestMethod -SkipCertificateCheck'; Sample = 'irm $uri -SkipCertificateCheck'; Expected = 'SkipCertificateCheck' }
        @{ Form = 'Invoke-RestMethod -Authentication'; Sample = 'Invoke-RestMethod $uri -Authentication Bearer -Token $secure'; Expected = 'Authentication' }
        @{ Form = 'Split-Path -LeafBase'; Sample = 'Split-Path $file -LeafBase'; Expected = 'LeafBase' }
        @{ Form = 'Join-Path with several children'; Sample = 'Join-Path $root a b -AdditionalChildPath c'; Expected = 'AdditionalChildPath' }
        @{ Form = 'Sort-Object -Top'; Sample = '$items | Sort-Object Size -Top 5'; Expected = 'Sort-Object -Top' }
        @{ Form = 'Get-Date -AsUTC'; Sample = 'Get-Date -AsUTC'; Expected = 'AsUTC' }
        @{ Form = 'character ranges'; Sample = '$letters = ''a''..''z'''; Expected = 'character ranges' }
        @{ Form = 'the `u{} escape'; Sample = '$check = "`u{2713} done"'; Expected = 'u\{' }
        @{ Form = 'a script that does not parse'; Sample = 'function Broken {'; Expected = 'does not parse' }
    ) {
        $findings = @(Find-PowerShell7Syntax $Sample)

        $findings.Count | Should -BeGreaterThan 0 -Because "'$Sample' is not Windows PowerShell 5.1"
        ($findings.Form -join "`n") | Should -Match $Expected
    }

    It 'accepts the Windows PowerShell 5.1 way of writing the same things' {
        $windowsPowerShell = @'
$mode = if ($fast) { 'fast' } else { 'slow' }
$name = if ($null -ne $env:NAME) { $env:NAME } else { 'default' }
if ($null -eq $limit) { $limit = 10 }
$length = if ($null -ne $text) { $text.Length } else { 0 }
dotnet build; if ($LASTEXITCODE -eq 0) { dotnet test }
1..4 | ForEach-Object -Process { $_ * 2 }
foreach ($item in 1..4) { $item }
$settings = Get-Content settings.json -Raw | ConvertFrom-Json
$one | ConvertTo-Json -Depth 5 -Compress
$ids -join ','
$Error[0].Exception.Message
if ($PSVersionTable.PSEdition -eq 'Desktop') { $root = $env:ProgramData }
$bytes = Get-Content $file -Encoding Byte -ReadCount 0
$csv | Out-File report.csv -Encoding UTF8
Invoke-RestMethod $uri -Headers @{ Authorization = "Bearer $token" } -Method Get
Join-Path (Join-Path $root 'a') 'b'
$items | Sort-Object Size | Select-Object -First 5
(Get-Date).ToUniversalTime()
$letters = [char[]](97..122)
$check = "$([char]0x2713) done"
$items = @(1, 2, 3); $items[0]; $text.Trim()
function Use-Thing { begin { } process { $_ } end { } }
try { Remove-Item $temp } finally { $null = 0 }
class Window { [datetime] $Since }
$Host.UI.RawUI.ForegroundColor
'@
        Find-PowerShell7Syntax $windowsPowerShell | Should -BeNullOrEmpty
    }
}
