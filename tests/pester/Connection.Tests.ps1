#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Connecting in real PowerShell: what the connection object shows, what a closed, missing or refused connection says,
# and that neither -Verbose nor a failed sign-in shows the token.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $Manifest -Force -ErrorAction Stop
}

AfterAll {
    Disconnect-Intercom -ErrorAction SilentlyContinue
}

Describe 'Connect-Intercom -Sandbox and Get-IntercomConnection' {
    It 'describe the workspace and the admin, without the token, and hand out the same connection' {
        $connection = Connect-Intercom -Sandbox -PassThru
        @($connection).Count | Should -Be 1
        $connection.PSObject.TypeNames | Should -Contain 'IntercomPS.Connection'
        $connection.Region | Should -Be 'Sandbox'
        $connection.ApiVersion | Should -Be '2.16'
        $connection.WorkspaceName | Should -Not -BeNullOrEmpty
        $connection.AdminId | Should -Not -BeNullOrEmpty
        $connection.PSObject.Properties.Name | Where-Object { $_ -like '*Token*' } | Should -BeNullOrEmpty

        $again = @(Get-IntercomConnection)
        $again.Count | Should -Be 1
        [object]::ReferenceEquals($again[0].PSObject.BaseObject, $connection.PSObject.BaseObject) | Should -BeTrue
    }

    It 'a connection closed by a later Connect-Intercom says so and what to do' {
        $old = Connect-Intercom -Sandbox -PassThru
        Connect-Intercom -Sandbox
        $failure = Get-TerminatingError { Get-IntercomAdmin -Connection $old }
        $failure.FullyQualifiedErrorId | Should -Be 'ConnectionClosed,IntercomPS.Cmdlets.GetIntercomAdminCommand'
        $failure.Exception.Message | Should -BeLike '*Run Connect-Intercom again*'
        @(Get-IntercomAdmin -ErrorAction Stop | ForEach-Object Id).Count | Should -BeGreaterThan 0
    }
}

Describe 'Connect-Intercom refusals' {
    It 'refuses plain http to a non-loopback host, asking for https' {
        $failure = Get-TerminatingError { Connect-Intercom -BaseUri 'http://api.example.com/' -AccessToken 'x' }
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.Exception.Message | Should -BeLike '*https*'
    }

    It 'without any token, names every token source' {
        $saved = $env:INTERCOM_ACCESS_TOKEN
        Remove-Item Env:INTERCOM_ACCESS_TOKEN -ErrorAction SilentlyContinue
        try { $message = (Get-TerminatingError { Connect-Intercom }).Exception.Message }
        finally { if ($saved) { $env:INTERCOM_ACCESS_TOKEN = $saved } }
        $message | Should -BeLike '*-AccessToken*'
        $message | Should -BeLike '*INTERCOM_ACCESS_TOKEN*'
        $message | Should -BeLike '*-Sandbox*'
        $message | Should -BeLike '*-Vault*'
    }

    It 'cmdlets without a connection say how to connect' {
        Disconnect-Intercom
        $failure = Get-TerminatingError { Get-IntercomAdmin }
        $failure.FullyQualifiedErrorId | Should -Be 'NotConnected,IntercomPS.Cmdlets.GetIntercomAdminCommand'
        $failure.Exception.Message | Should -BeLike '*Connect-Intercom*'
    }
}

Describe 'Connect-Intercom -BaseUri over loopback HTTP' {
    BeforeAll {
        # The sandbox is served from a runspace of its own so that it outlives the connections made here (a new
        # Connect-Intercom closes the previous connection and everything it owns).
        $script:serverRunspace = [powershell]::Create()
        $null = $script:serverRunspace.AddScript({
            param($manifest)
            Import-Module $manifest -ErrorAction Stop
            Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru
        }).AddArgument($Manifest)
        $script:baseUri = $script:serverRunspace.Invoke()[0].BaseUri.AbsoluteUri
    }

    AfterAll {
        Disconnect-Intercom -ErrorAction SilentlyContinue
        $script:serverRunspace.Commands.Clear()
        $null = $script:serverRunspace.AddScript({ Disconnect-Intercom }).Invoke()
        $script:serverRunspace.Dispose()
    }

    It '-Verbose shows each request but never the token' {
        $records = @(& {
                Connect-Intercom -BaseUri $script:baseUri -AccessToken 'sandbox' -Verbose
                Get-IntercomAdmin -Verbose
            } *>&1)
        $records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
        $verbose = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        @($verbose | Where-Object { $_.StartsWith('GET /me -> 200', [StringComparison]::Ordinal) }).Count | Should -BeGreaterThan 0
        @($verbose | Where-Object { $_.StartsWith('GET /admins -> 200', [StringComparison]::Ordinal) }).Count | Should -BeGreaterThan 0
        ($records | ForEach-Object { "$_" }) -join "`n" | Should -Not -Match 'Bearer'
    }

    It '-Vault reads the token with Get-SecretManagement''s Get-Secret, and says what is missing when the module is not there' {
        Disconnect-Intercom
        if (-not (Get-Module Microsoft.PowerShell.SecretManagement -ListAvailable)) {
            $missing = Get-TerminatingError { Connect-Intercom -Vault Ops -SecretName Intercom -BaseUri $script:baseUri }
            $missing.Exception.Message | Should -BeLike '*Microsoft.PowerShell.SecretManagement*'
        }
        # A stand-in for the real module: same name, a Get-Secret that returns a SecureString.
        $standIn = New-Module -Name Microsoft.PowerShell.SecretManagement -ScriptBlock {
            function Get-Secret {
                param([string] $Name, [string] $Vault)
                if ($Vault -ne 'Ops' -or $Name -ne 'Intercom') { throw "The secret $Name was not found in vault $Vault." }
                ConvertTo-SecureString 'sandbox' -AsPlainText -Force
            }
            Export-ModuleMember -Function Get-Secret
        } | Import-Module -PassThru
        try {
            $connected = Connect-Intercom -Vault Ops -SecretName Intercom -BaseUri $script:baseUri -PassThru
            $connected.Region | Should -Be 'Custom'
            $wrong = Get-TerminatingError { Connect-Intercom -Vault Ops -SecretName Other -BaseUri $script:baseUri }
            $wrong.Exception.Message | Should -BeLike '*Other*'
        }
        finally { Remove-Module $standIn }
    }

    It 'a wrong token fails with advice and without echoing the token' {
        Disconnect-Intercom
        $wrongToken = 'dG9rZW4tdGhhdC1pcy13cm9uZw=='
        $failure = Get-TerminatingError { Connect-Intercom -BaseUri $script:baseUri -AccessToken $wrongToken -MaxRetries 0 }
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.Exception.Message | Should -BeLike '*401*'
        $failure.Exception.Message | Should -BeLike '*Connect-Intercom*'
        ($failure.ToString() + $failure.Exception.ToString()).Contains($wrongToken) | Should -BeFalse
        # No connection was kept: Get-IntercomConnection returns nothing (it throws NotConnected).
        $kept = @(try { Get-IntercomConnection -ErrorAction SilentlyContinue } catch { })
        $kept.Count | Should -Be 0
    }
}
