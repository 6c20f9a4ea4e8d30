#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Transport security as a user meets it, in real PowerShell: the token goes to the connection's host and nowhere else,
# an id is one path segment, and no output object carries a secret.

BeforeAll {
    $manifest = Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'IntercomPS.psd1'
    Import-Module $manifest -Force -ErrorAction Stop

    $script:token = 'tok_SECURITY_5e6f7a8b9c0d'
    $script:proxyPassword = 'proxy-PASSWORD-1a2b3c'

    # The sandbox is served over loopback from a runspace of its own, so that it outlives connections made here (a
    # new Connect-Intercom closes the previous connection and everything it owns). It also serves as the proxy: the
    # loopback server accepts absolute-form request targets.
    $script:serverRunspace = [powershell]::Create()
    $null = $script:serverRunspace.AddScript({
        param($manifest, $token)
        Import-Module $manifest -ErrorAction Stop
        Connect-Intercom -Sandbox -SandboxTransport Loopback -SandboxSettings @{ AccessToken = $token; ConversationCount = 50; ContactCount = 20 } -PassThru
    }).AddArgument($manifest).AddArgument($script:token)
    $script:serverConnection = $script:serverRunspace.Invoke()[0]
    $script:sandbox = $script:serverConnection.Sandbox
    $script:baseUri = $script:serverConnection.BaseUri
    $script:port = $script:baseUri.Port

    $proxyCredential = [pscredential]::new('proxy-user', (ConvertTo-SecureString $script:proxyPassword -AsPlainText -Force))
    Connect-Intercom -BaseUri $script:baseUri -AccessToken $script:token -Proxy $script:baseUri -ProxyCredential $proxyCredential -MaxRetries 0

    function Get-SentCount { $script:sandbox.Log.TotalCount }
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
    if ($script:serverRunspace) {
        $script:serverRunspace.Commands.Clear()
        $null = $script:serverRunspace.AddScript({ Disconnect-Intercom }).Invoke()
        $script:serverRunspace.Dispose()
    }
    Remove-Module IntercomPS -ErrorAction SilentlyContinue
}

Describe 'The connection object exposes no secret' {
    It 'ConvertTo-Json -Depth 10 shows neither the token nor the proxy password' {
        $json = Get-IntercomConnection | ConvertTo-Json -Depth 10 -WarningAction SilentlyContinue
        $json.Length | Should -BeGreaterThan 100
        $json | Should -Not -Match ([regex]::Escape($script:token))
        $json | Should -Not -Match ([regex]::Escape($script:proxyPassword))
    }

    It 'no public property, at any depth, holds the token or the proxy password' {
        $seen = [System.Collections.Generic.HashSet[object]]::new([System.Collections.Generic.ReferenceEqualityComparer]::Instance)
        $leaks = [System.Collections.Generic.List[string]]::new()
        $pending = [System.Collections.Generic.Stack[object]]::new()
        $pending.Push(@((Get-IntercomConnection), 'Connection', 0))
        $visited = 0
        while ($pending.Count -gt 0) {
            $value, $path, $depth = $pending.Pop()
            if ($null -eq $value) { continue }
            $text = try { [string]$value } catch { '' }
            if ($text.Contains($script:token) -or $text.Contains($script:proxyPassword)) { $leaks.Add($path) }
            $type = $value.GetType()
            if ($value -is [string] -or $type.IsPrimitive -or $type.IsEnum -or $depth -ge 10 -or -not $seen.Add($value)) { continue }
            $visited++
            foreach ($property in $type.GetProperties([System.Reflection.BindingFlags]'Public, Instance')) {
                if ($property.GetIndexParameters().Count -gt 0) { continue }
                $child = try { $property.GetValue($value) } catch { $null }
                if ($null -ne $child) { $pending.Push(@($child, "$path.$($property.Name)", ($depth + 1))) }
            }
        }
        $visited | Should -BeGreaterThan 10
        $leaks | Should -BeNullOrEmpty
    }
}

Describe 'Invoke-IntercomRequest -Path stays on the connection''s host' {
    BeforeDiscovery {
        $prefixes = @('', '/', '//', ' ', ' /', "`t", '\', '\\', '/\')
        $targets = @(
            'http://127.0.0.1:{port}/admins', 'HTTP://127.0.0.1:{port}/admins', 'hTTp://127.0.0.1:{port}/admins',
            'http://tok@127.0.0.1:{port}/admins', 'http://localhost:{port}/admins', '//127.0.0.1:{port}/admins',
            'http:\\127.0.0.1:{port}\admins', 'contacts/../admins', 'contacts/%2e%2e/admins', '%2E%2E/admins', 'admins/.'
        )
        $script:hostile = foreach ($prefix in $prefixes) { foreach ($target in $targets) { @{ Path = $prefix + $target } } }
    }

    It 'refuses <Path> and sends nothing' -ForEach $script:hostile {
        $spelled = $Path.Replace('{port}', [string]$script:port)
        $before = Get-SentCount
        { Invoke-IntercomRequest -Method POST -Path $spelled -Body @{ secret = 'body' } -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*Refusing the request path*nothing was sent*'
        Get-SentCount | Should -Be $before
    }

    It 'still sends an ordinary path' {
        $before = Get-SentCount
        $admins = Invoke-IntercomRequest -Path '/admins'
        $admins.type | Should -Be 'admin.list'
        Get-SentCount | Should -Be ($before + 1)
    }
}

Describe 'An id is one path segment' {
    It 'Remove-IntercomTagAssignment -ContactId <Id> -TagId 5 sends nothing and says why' -ForEach @(@{ Id = '..' }, @{ Id = '.' }) {
        $before = Get-SentCount
        Remove-IntercomTagAssignment -ContactId $Id -TagId 5 -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        Get-SentCount | Should -Be $before
        $failures.Count | Should -Be 1
        "$($failures[0])" | Should -BeLike "*'$Id' is not an id*nothing was sent*"
    }

    It 'Remove-IntercomContact -Id <Id> sends nothing and says why' -ForEach @(@{ Id = '..' }, @{ Id = '.' }, @{ Id = ' .. ' }) {
        $before = Get-SentCount
        Remove-IntercomContact -Id $Id -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue
        Get-SentCount | Should -Be $before
        $failures.Count | Should -Be 1
        "$($failures[0])" | Should -BeLike "*is not an id*"
    }

    It 'a bad id in a pipeline does not stop the good ones' {
        $contacts = @(Get-IntercomContact -First 2)
        $before = Get-SentCount
        @('..', $contacts[0].Id) | Get-IntercomContact -ErrorVariable failures -ErrorAction SilentlyContinue | ForEach-Object Id | Should -Be $contacts[0].Id
        $failures.Count | Should -Be 1
        Get-SentCount | Should -BeLessOrEqual ($before + 1)
    }
}

Describe 'The token appears in no stream, object, error or file' {
    It 'across connecting, exports to JSON Lines and CSV, a failed lookup, a wrong token and the environment variable, with -Verbose and -Debug' {
        $texts = [System.Collections.Generic.List[string]]::new()
        function Add-Text {
            param([Parameter(ValueFromPipeline)] $Record)
            process {
                $texts.Add("$Record")
                if ($Record -is [System.Management.Automation.ErrorRecord]) {
                    $texts.Add("$($Record.Exception)")
                    $texts.Add("$($Record.InvocationInfo.Line)")
                }
                elseif ($null -ne $Record) {
                    foreach ($property in $Record.PSObject.Properties) { try { $texts.Add("$($property.Value)") } catch { $texts.Add($_.Exception.Message) } }
                }
            }
        }
        $path = Join-Path $TestDrive 'secret-check.jsonl'
        $csv = Join-Path $TestDrive 'secret-check.csv'
        $range = @{ Since = '2026-01-01T00:00:00Z'; Until = '2026-01-21T00:00:00Z' }
        $saved = $env:INTERCOM_ACCESS_TOKEN
        try {
            & {
                Connect-Intercom -AccessToken $script:token -BaseUri $script:baseUri -MaxRetries 0 -Verbose -Debug -PassThru
                Get-IntercomConnection | Format-List * | Out-String
                Export-IntercomConversation -Path $path @range -Verbose -Debug
                Export-IntercomConversation -Path $csv -Format Csv @range -Verbose -Debug
                Get-IntercomConversation -Id 'no-such-conversation' -Verbose -Debug
                # A wrong token: the 401 must echo neither the token that was sent nor the right one.
                try { Connect-Intercom -AccessToken ($script:token + 'x') -BaseUri $script:baseUri -MaxRetries 0 -Verbose -Debug } catch { $_ | Out-String; $_.Exception.ToString() }
                $env:INTERCOM_ACCESS_TOKEN = $script:token
                Connect-Intercom -BaseUri $script:baseUri -MaxRetries 0 -Verbose -PassThru
            } *>&1 | Add-Text
        }
        finally { $env:INTERCOM_ACCESS_TOKEN = $saved }

        @($texts | Where-Object { $_ -match '401|nauthorized|invalid' }).Count | Should -BeGreaterThan 0
        Test-Path $path | Should -BeTrue
        Test-Path $csv | Should -BeTrue
        $texts.Add([IO.File]::ReadAllText($path))
        $texts.Add([IO.File]::ReadAllText("$path.checkpoint.json"))
        $texts.Add([IO.File]::ReadAllText($csv))
        @($texts | Where-Object { $_.Contains($script:token) }) | Should -BeNullOrEmpty
    }
}
