using System.Net;
using System.Net.Http;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Builds the network handler: keep-alive, decompression, proxy, and a connection count sized to the work. It never
    /// follows redirects: a followed 307/308 would resend the token and the body to whatever host the Location names.
    /// </summary>
    internal static class HttpHandlerFactory
    {
        public static HttpMessageHandler Create(IntercomClientOptions options)
        {
            var handler = new HttpClientHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                UseProxy = true,
                Proxy = options.Proxy,
                DefaultProxyCredentials = options.ProxyUseDefaultCredentials ? CredentialCache.DefaultCredentials : null,
                UseCookies = false,
                AllowAutoRedirect = false,
            };
            TrySetMaxConnections(handler, options.MaxConnections);
            return handler;
        }

        private static void TrySetMaxConnections(HttpClientHandler handler, int maxConnections)
        {
            try
            {
                handler.MaxConnectionsPerServer = Math.Max(2, maxConnections);
            }
            catch (PlatformNotSupportedException)
            {
                // .NET Framework's HttpClientHandler ignores this; the ServicePoint limit is raised instead.
            }
        }
    }
}
