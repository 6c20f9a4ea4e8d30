using System;
using System.Collections;
using System.Management.Automation;
using System.Net;
using System.Security;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Transport;
using IntercomPS.Infrastructure;
using IntercomPS.Sandbox;

namespace IntercomPS.Cmdlets
{
    /// <summary>Connects this session to an Intercom workspace (or the built-in sandbox) and checks the token.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Intercom", DefaultParameterSetName = TokenSet)]
    [OutputType(typeof(IntercomConnection))]
    public sealed class ConnectIntercomCommand : IntercomCmdlet
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string SandboxSet = "Sandbox";
        internal const string TokenEnvironmentVariable = "INTERCOM_ACCESS_TOKEN";

        /// <summary>The access token, as a SecureString or a plain string. Defaults to $env:INTERCOM_ACCESS_TOKEN.</summary>
        [Parameter(ParameterSetName = TokenSet, Position = 0)]
        [SecureStringTransformation]
        public SecureString? AccessToken { get; set; }

        /// <summary>A credential whose password is the access token (the user name is ignored).</summary>
        [Parameter(ParameterSetName = CredentialSet, Mandatory = true)]
        [Credential]
        public PSCredential? Credential { get; set; }

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
        public IntercomRegion Region { get; set; } = IntercomRegion.US;

        /// <summary>Any other API root (a proxy, a mock server). Plain http is refused unless the host is loopback.</summary>
        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
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
        public Uri? Proxy { get; set; }

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        [Parameter(ParameterSetName = TokenSet)]
        [Parameter(ParameterSetName = CredentialSet)]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        /// <summary>Most objects the session cache holds (default 5000); 0 turns it off.</summary>
        [Parameter]
        [ValidateRange(0, 10000000)]
        public int CacheSize { get; set; } = Engine.Caching.CacheSettings.DefaultSize;

        /// <summary>How long a cached object is served (default 5 minutes).</summary>
        [Parameter]
        public TimeSpan CacheTtl { get; set; } = Engine.Caching.CacheSettings.DefaultTtl;

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
                ThrowTerminatingError(new ErrorRecord(ex, "InvalidConnectionParameter", ErrorCategory.InvalidArgument, null));
                return;
            }

            options.ApiVersion = ApiVersion;
            options.MaxRetries = MaxRetries;
            options.AttemptTimeout = TimeSpan.FromSeconds(TimeoutSec);
            options.BaseRetryDelay = TimeSpan.FromSeconds(RetryDelaySec);
            options.MaxRateLimitWait = TimeSpan.FromSeconds(MaxRateLimitWaitSec);
            if (MaxRequestsPerMinute > 0) options.MaxRequestsPerMinute = MaxRequestsPerMinute;

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

            connection.Sandbox = sandbox;
            if (server != null) connection.OwnResource(server);
            if (sandbox != null) connection.OwnResource(sandbox);
            SessionConnections.SetCurrent(connection);
            WriteVerbose($"Connected: {connection}");
            if (PassThru.IsPresent) WriteObject(OutputAdapter.Wrap(connection, "IntercomPS.Connection"));
        }

        private string ResolveToken()
        {
            if (Credential != null) return Credential.GetNetworkCredential().Password;
            if (AccessToken != null) return new NetworkCredential(string.Empty, AccessToken).Password;
            var fromEnvironment = Environment.GetEnvironmentVariable(TokenEnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment!;
            throw new ArgumentException(
                $"No access token. Pass -AccessToken (a SecureString or string) or -Credential, or set the environment variable {TokenEnvironmentVariable}. To try the module without a token, use Connect-Intercom -Sandbox.");
        }
    }
}
