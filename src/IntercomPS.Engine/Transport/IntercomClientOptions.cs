using System.Net;
using System.Net.Http;

namespace IntercomPS.Engine.Transport
{
    /// <summary>Everything a connection's transport is built from. The token is write-only from the outside.</summary>
    public sealed class IntercomClientOptions
    {
        private string? _accessToken;

        public IntercomClientOptions(Uri baseUri, string accessToken)
        {
            BaseUri = ValidateBaseUri(baseUri);
            AccessToken = accessToken;
        }

        /// <summary>API root, e.g. https://api.intercom.io/. Plain http is accepted only for loopback hosts.</summary>
        public Uri BaseUri { get; }

        /// <summary>The bearer token. Readable only inside the engine so no output or log can carry it.</summary>
        internal string AccessToken
        {
            get => _accessToken ?? string.Empty;
            set
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new ArgumentException("The access token is empty.", nameof(value));
                }
                _accessToken = value.Trim();
            }
        }

        public string ApiVersion { get; set; } = IntercomApi.DefaultVersion;

        /// <summary>Sends requests through this handler instead of the network (the sandbox, tests). Not disposed by the client.</summary>
        public HttpMessageHandler? Handler { get; set; }

        /// <summary>Retries after the first attempt for transient failures.</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>First backoff wait; later waits grow exponentially with jitter up to <see cref="MaxRetryDelay"/>.</summary>
        public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

        internal TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// The longest one request may wait, in total, for rate-limit windows to reset (after 429 answers and in the
        /// connection's limiter); after that it is sent regardless and the server decides.
        /// </summary>
        public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(70);

        /// <summary>Timeout of one attempt.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>Optional client-side cap below the app's own limit (several tasks sharing one app).</summary>
        public int? MaxRequestsPerMinute { get; set; }

        /// <summary>How many connections the HTTP client may open to the API host; sized to the expected concurrency.</summary>
        internal int MaxConnections { get; set; } = 16;

        /// <summary>The default of <see cref="MaxResponseBodyBytes"/>: 64 MiB, about 200 times Intercom's largest page of 150 conversations.</summary>
        public const long DefaultMaxResponseBodyBytes = 64L * 1024 * 1024;

        /// <summary>
        /// The most one response body may hold; a longer one fails the request (not retried) rather than filling memory.
        /// </summary>
        internal long MaxResponseBodyBytes { get; set; } = DefaultMaxResponseBodyBytes;

        /// <summary>Null: the system proxy.</summary>
        public IWebProxy? Proxy { get; set; }

        public bool ProxyUseDefaultCredentials { get; set; }

        internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>A file to append one JSON line per HTTP attempt to (<see cref="Diagnostics.RequestLog"/>); null for none.</summary>
        public string? RequestLogPath { get; set; }

        /// <summary>How error messages name these settings in their advice; the front end's own words (its parameters).</summary>
        public ClientSettingNames SettingNames { get; set; } = ClientSettingNames.Engine;

        /// <summary>Seed for retry jitter; null for a random seed. Tests set it for repeatable waits.</summary>
        internal int? JitterSeed { get; set; }

        public static Uri ValidateBaseUri(Uri baseUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            if (!baseUri.IsAbsoluteUri)
            {
                throw new ArgumentException($"The base URI '{baseUri}' is not absolute. Use a full URI such as https://api.intercom.io/.", nameof(baseUri));
            }
            if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            {
                throw new ArgumentException(
                    $"Refusing plain http to '{baseUri.Host}': the access token would travel unencrypted. Use https, or http only for a loopback test server (127.0.0.1, localhost).",
                    nameof(baseUri));
            }
            if (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException($"The base URI '{baseUri}' must use https.", nameof(baseUri));
            }
            var text = baseUri.AbsoluteUri;
            return text.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(text + "/");
        }
    }
}
