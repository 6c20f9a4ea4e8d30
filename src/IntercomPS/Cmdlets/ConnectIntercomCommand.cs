using System.Collections;
using System.Net;
using System.Security;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Cmdlets
{
    /// <summary>Connects this session to an Intercom workspace (or the built-in sandbox) and checks the token.</summary>
    [CmdletOptions(DefaultParameterSetName = TokenSet)]
    [OutputType(typeof(IntercomConnection))]
    public sealed partial class ConnectIntercomCommand : IntercomCmdlet
    {
        // A failed connect is reported with the target it tried to reach (see the catches in EndProcessing).
        internal override bool HandlesFailure(Exception exception) =>
            exception is ArgumentException || exception is IntercomApiException || exception is System.IO.IOException || exception is UnauthorizedAccessException;

        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string SandboxSet = "Sandbox";
        private const string VaultSet = "Vault";
        internal const string SecretManagementModule = "Microsoft.PowerShell.SecretManagement";
        internal const string TokenEnvironmentVariable = "INTERCOM_ACCESS_TOKEN";

        /// <summary>The access token, as a SecureString or a plain string. Defaults to $env:INTERCOM_ACCESS_TOKEN.</summary>
        [Parameter(ParameterSetName = TokenSet, Position = 0)]
        [SecureStringTransformation]
        public SecureString? AccessToken { get; set; }

        /// <summary>A credential whose password is the access token (the user name is ignored).</summary>
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>A SecretManagement vault holding the token (with -SecretName); needs Microsoft.PowerShell.SecretManagement.</summary>
        [Parameter(ParameterSetName = VaultSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? Vault { get; set; }

        /// <summary>The name of the secret in -Vault: a SecureString, string or PSCredential (its password) holding the token.</summary>
        [Parameter(ParameterSetName = VaultSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? SecretName { get; set; }

        /// <summary>Connects to the built-in in-memory sandbox workspace: no token, no network.</summary>
        [Parameter(ParameterSetName = SandboxSet, Mandatory = true)]
        public SwitchParameter Sandbox { get; set; }

        /// <summary>Sandbox size, dates, rate limit and faults, by SandboxOptions / SandboxFaults property name.</summary>
        [Parameter(ParameterSetName = SandboxSet)]
        public Hashtable? SandboxSettings { get; set; }

        /// <summary>InProcess (default: no sockets) or Loopback (a real HTTP server on 127.0.0.1).</summary>
        [Parameter(ParameterSetName = SandboxSet)]
        [ValidateSet("InProcess", "Loopback")]
        public string SandboxTransport { get; set; } = "InProcess";

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = VaultSet)]
        public IntercomRegion Region { get; set; } = IntercomRegion.US;

        /// <summary>Any other API root (a proxy, a mock server). Plain http is refused unless the host is loopback.</summary>
        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = VaultSet)]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidatePattern(@"^(\d+\.\d+|Unstable)$")]
        public string ApiVersion { get; set; } = Engine.IntercomApi.DefaultVersion;

        /// <summary>Retries after the first attempt for transient failures (default 3).</summary>
        [Parameter]
        [ValidateRange(0, 10)]
        public int MaxRetries { get; set; } = 3;

        /// <summary>First backoff wait in seconds before a retry (default 2); later waits grow exponentially up to 30 s.</summary>
        [Parameter]
        [ValidateRange(0.0, 60.0)]
        public double RetryDelaySec { get; set; } = 2;

        /// <summary>The longest one request may wait for rate-limit windows to reset, in seconds (default 70).</summary>
        [Parameter]
        [ValidateRange(0.0, 3600.0)]
        public double MaxRateLimitWaitSec { get; set; } = 70;

        /// <summary>Timeout of one attempt in seconds (default 60).</summary>
        [Parameter]
        [ValidateRange(1, 600)]
        public int TimeoutSec { get; set; } = 60;

        /// <summary>A client-side cap below the app's rate limit, for several tasks sharing one app.</summary>
        [Parameter]
        [ValidateRange(1, 1000000)]
        public int MaxRequestsPerMinute { get; set; }

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = VaultSet)]
        public Uri? Proxy { get; set; }

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = VaultSet)]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = VaultSet)]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        /// <summary>Most objects the session cache holds (default 5000); 0 turns it off.</summary>
        [Parameter]
        [ValidateRange(0, 10000000)]
        public int CacheSize { get; set; } = Engine.Caching.CacheSettings.DefaultSize;

        /// <summary>How long a cached object is served (default 5 minutes).</summary>
        [Parameter]
        public TimeSpan CacheTtl { get; set; } = Engine.Caching.CacheSettings.DefaultTtl;

        /// <summary>
        /// A file to append one JSON line per HTTP attempt to (time, route, status, duration, retry, rate limit, request
        /// id; never the token, a body or a query value). Several sessions may share it.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? RequestLogPath { get; set; }

        /// <summary>Returns the connection object (it is also the session's default).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            IntercomClientOptions options;
            SandboxWorkspace? sandbox = null;
            SandboxServer? server = null;
            string region;
            try
            {
                if (Sandbox.IsPresent)
                {
                    sandbox = new SandboxWorkspace(SandboxFactory.CreateOptions(SandboxSettings));
                    var baseUri = new Uri("https://sandbox.intercom.invalid/");
                    if (SandboxTransport == "Loopback")
                    {
                        server = sandbox.StartServer();
                        baseUri = server.BaseUri;
                    }
                    options = new IntercomClientOptions(baseUri, sandbox.Options.AccessToken)
                    {
                        Handler = server == null ? sandbox.CreateHandler() : null,
                    };
                    region = "Sandbox";
                }
                else
                {
                    var token = ResolveToken();
                    options = new IntercomClientOptions(BaseUri ?? IntercomRegions.BaseUriOf(Region), token);
                    region = BaseUri == null ? Region.ToString() : "Custom";
                    if (Proxy != null)
                    {
                        options.Proxy = new WebProxy(Proxy) { Credentials = ProxyCredential?.GetNetworkCredential() };
                    }
                    options.ProxyUseDefaultCredentials = ProxyUseDefaultCredentials.IsPresent;
                }
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.Create(ex, "InvalidConnectionParameter", ErrorCategory.InvalidArgument, null));
                return;
            }

            options.ApiVersion = ApiVersion;
            options.SettingNames = ConnectParameterNames.Instance;
            options.MaxRetries = MaxRetries;
            options.AttemptTimeout = TimeSpan.FromSeconds(TimeoutSec);
            options.BaseRetryDelay = TimeSpan.FromSeconds(RetryDelaySec);
            options.MaxRateLimitWait = TimeSpan.FromSeconds(MaxRateLimitWaitSec);
            if (MaxRequestsPerMinute > 0) options.MaxRequestsPerMinute = MaxRequestsPerMinute;
            if (RequestLogPath != null) options.RequestLogPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(RequestLogPath);

            IntercomConnection connection;
            try
            {
                var cache = new Engine.Caching.CacheSettings { Size = CacheSize, Ttl = CacheTtl };
                connection = RunEngineWork(token => IntercomConnection.ConnectAsync(options, region, cache, token));
            }
            catch (IntercomApiException ex)
            {
                server?.Dispose();
                sandbox?.Dispose();
                ThrowTerminatingError(ErrorRecords.FromException(ex, "ConnectFailed", options.BaseUri));
                return;
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException)
            {
                server?.Dispose();
                sandbox?.Dispose();
                ThrowTerminatingError(new ErrorRecord(
                    new System.IO.IOException($"{ex.Message} Give -RequestLogPath a file you can write to, or leave it out.", ex),
                    "RequestLogUnavailable", ErrorCategory.OpenError, options.RequestLogPath));
                return;
            }

            connection.Sandbox = sandbox;
            if (server != null) connection.OwnResource(server);
            if (sandbox != null) connection.OwnResource(sandbox);
            SessionConnections.SetCurrent(connection);
            WriteVerbose($"Connected: {connection}");
            if (PassThru.IsPresent) WriteObject(OutputAdapter.Wrap(connection, "IntercomPS.Connection"));
        }

        /// <summary>
        /// The token, from the first source given: -AccessToken, -Credential, -Vault/-SecretName, then
        /// $env:INTERCOM_ACCESS_TOKEN. Never prompts, so a scheduled task fails with a message instead of hanging.
        /// </summary>
        private string ResolveToken()
        {
            string? given = null;
            if (AccessToken != null) given = new NetworkCredential(string.Empty, AccessToken).Password;
            else if (Credential != null) given = Credential.GetNetworkCredential().Password;
            else if (Vault != null && SecretName != null) given = ReadSecret(Vault, SecretName);
            if (given != null)
            {
                return string.IsNullOrWhiteSpace(given)
                    ? throw new ArgumentException($"The access token is empty. Pass the token to -AccessToken, or set the environment variable {TokenEnvironmentVariable}.")
                    : given;
            }
            var fromEnvironment = Environment.GetEnvironmentVariable(TokenEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment!;
            throw new ArgumentException(
                $"No access token. Pass -AccessToken (a SecureString or string), -Credential, or -Vault <name> -SecretName <name> (Microsoft.PowerShell.SecretManagement), or set the environment variable {TokenEnvironmentVariable} (the usual choice for scheduled tasks). To try the module without a token, use Connect-Intercom -Sandbox.");
        }

        /// <summary>
        /// Reads the token through SecretManagement's Get-Secret, run as a command so that the module stays an optional
        /// dependency: nothing of it is referenced, and it is loaded only when this parameter set is used.
        /// </summary>
        private string ReadSecret(string vault, string name)
        {
            var getSecret = InvokeCommand.InvokeScript(
                $"Get-Command -Name Get-Secret -Module {SecretManagementModule} -CommandType Cmdlet, Function -ErrorAction Ignore");
            if (getSecret.Count == 0 || getSecret[0]?.BaseObject is not CommandInfo command)
            {
                throw new ArgumentException(
                    $"-Vault needs the {SecretManagementModule} module, which is not installed. Install it (Install-Module {SecretManagementModule}) and register a vault, or pass the token with -AccessToken, -Credential or ${"env:"}{TokenEnvironmentVariable}.");
            }

            System.Collections.ObjectModel.Collection<PSObject> found;
            try
            {
                found = InvokeCommand.InvokeScript("param($command, $name, $vault) & $command -Name $name -Vault $vault -ErrorAction Stop",
                    true, System.Management.Automation.Runspaces.PipelineResultTypes.None, null, command, name, vault);
            }
            catch (RuntimeException ex)
            {
                // Get-Secret's own message names the vault and secret, never the value.
                throw new ArgumentException($"Could not read the secret '{name}' from the vault '{vault}': {ex.Message}", ex);
            }
            var value = found.Count == 1 ? found[0]?.BaseObject : null;
            switch (value)
            {
                case SecureString secure:
                    return new NetworkCredential(string.Empty, secure).Password;
                case string text when !string.IsNullOrWhiteSpace(text):
                    return text;
                case PSCredential credential:
                    return credential.GetNetworkCredential().Password;
                default:
                    throw new ArgumentException(
                        $"The secret '{name}' in the vault '{vault}' is {(value == null ? "missing or empty" : "a " + value.GetType().Name)}; store the token as a string, SecureString or PSCredential (password = token).");
            }
        }
    }
}
