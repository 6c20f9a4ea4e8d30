using System;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    public class ConnectionTests
    {
        [Fact]
        public void A_connection_closed_by_a_later_Connect_Intercom_says_so_and_what_to_do()
        {
            using var session = new PowerShellSession();
            session.Run("$script:old = Connect-Intercom -Sandbox -PassThru; Connect-Intercom -Sandbox").AssertNoErrors();
            var error = session.CatchTerminating("Get-IntercomAdmin -Connection $script:old");
            Assert.Equal("ConnectionClosed,IntercomPS.Cmdlets.GetIntercomAdminCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Run Connect-Intercom again", error.Exception.Message);
            session.Run("Get-IntercomAdmin | ForEach-Object Id").AssertNoErrors();
        }

        [Fact]
        public void Sandbox_connection_describes_workspace_and_admin_without_the_token()
        {
            using var session = new PowerShellSession();
            var connection = session.Run("Connect-Intercom -Sandbox -PassThru").AssertNoErrors().Output.Single();
            Assert.Contains("IntercomPS.Connection", connection.TypeNames);
            Assert.Equal("Sandbox", connection.Properties["Region"].Value);
            Assert.Equal("2.16", connection.Properties["ApiVersion"].Value);
            Assert.False(string.IsNullOrEmpty(connection.Properties["WorkspaceName"].Value as string));
            Assert.False(string.IsNullOrEmpty(connection.Properties["AdminId"].Value as string));
            Assert.DoesNotContain(connection.Properties, p => p.Name.Contains("Token", StringComparison.OrdinalIgnoreCase));

            var again = session.Run("Get-IntercomConnection").AssertNoErrors().Output.Single();
            Assert.Same(connection.BaseObject, again.BaseObject);
        }

        [Fact]
        public void Verbose_shows_each_request_but_never_the_token()
        {
            using var server = new PowerShellSession();
            var baseUri = server.Run("(Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru).BaseUri.AbsoluteUri").AssertNoErrors().Output.Single().ToString();

            using var client = new PowerShellSession();
            var result = client.Run($"Connect-Intercom -BaseUri '{baseUri}' -AccessToken 'sandbox' -Verbose; Get-IntercomAdmin -Verbose").AssertNoErrors();
            Assert.Contains(result.Verbose, v => v.StartsWith("GET /me -> 200", StringComparison.Ordinal));
            Assert.Contains(result.Verbose, v => v.StartsWith("GET /admins -> 200", StringComparison.Ordinal));
            Assert.DoesNotContain(result.AllText(), t => t.Contains("Bearer", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void A_wrong_token_fails_with_advice_and_without_echoing_the_token()
        {
            using var server = new PowerShellSession();
            var baseUri = server.Run("(Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru).BaseUri.AbsoluteUri").AssertNoErrors().Output.Single().ToString();

            using var client = new PowerShellSession();
            const string wrongToken = "dG9rZW4tdGhhdC1pcy13cm9uZw==";
            var error = client.CatchTerminating($"Connect-Intercom -BaseUri '{baseUri}' -AccessToken '{wrongToken}' -MaxRetries 0");
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains("401", error.Exception.Message);
            Assert.Contains("Connect-Intercom", error.Exception.Message);
            Assert.DoesNotContain(wrongToken, error.ToString() + error.Exception);
            Assert.Empty(client.Run("Get-IntercomConnection -ErrorAction SilentlyContinue").Output);
        }

        [Fact]
        public void Plain_http_to_a_non_loopback_host_is_refused()
        {
            using var session = new PowerShellSession();
            var error = session.CatchTerminating("Connect-Intercom -BaseUri 'http://api.example.com/' -AccessToken 'x'");
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("https", error.Exception.Message);
        }

        [Fact]
        public void Without_any_token_the_error_names_every_source()
        {
            using var session = new PowerShellSession();
            var message = session.CatchTerminating("$env:INTERCOM_ACCESS_TOKEN = $null; Connect-Intercom").Exception.Message;
            Assert.Contains("-AccessToken", message);
            Assert.Contains("INTERCOM_ACCESS_TOKEN", message);
            Assert.Contains("-Sandbox", message);
        }

        [Fact]
        public void Cmdlets_without_a_connection_say_how_to_connect()
        {
            using var session = new PowerShellSession();
            var error = session.CatchTerminating("Disconnect-Intercom; Get-IntercomAdmin");
            Assert.Equal("NotConnected,IntercomPS.Cmdlets.GetIntercomAdminCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Connect-Intercom", error.Exception.Message);
        }

        [Fact]
        public void Admins_stream_typed_and_a_missing_id_is_a_non_terminating_error()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox").AssertNoErrors();
            var admins = session.Run("Get-IntercomAdmin").AssertNoErrors().Output;
            Assert.NotEmpty(admins);
            Assert.All(admins, a => Assert.Contains("IntercomPS.Admin", a.TypeNames));

            var firstId = admins[0].Properties["Id"].Value!.ToString();
            var lastId = admins[^1].Properties["Id"].Value!.ToString();
            var result = session.Run($"'{firstId}', 'no-such-admin', '{lastId}' | Get-IntercomAdmin");
            Assert.Null(result.Terminating);
            Assert.Equal(new[] { firstId, lastId }, result.Output.Select(o => o.Properties["Id"].Value!.ToString()));
            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("no-such-admin", error.TargetObject);
        }

        [Fact]
        public void Table_formatting_of_admins_works_through_the_format_view()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox").AssertNoErrors();
            var text = session.RunFormatted("Get-IntercomAdmin");
            var header = text.Split('\n').First(l => l.Trim().Length > 0);
            Assert.Matches(@"^Id\s+Away\s+Name\s+Email", header.Trim());
        }
    }
}
