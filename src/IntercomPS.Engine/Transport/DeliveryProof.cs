using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Decides whether a failed attempt provably never reached Intercom. Only then may a creating request be resent:
    /// anything less certain (a timeout once sent, a dropped connection mid-exchange) could create a duplicate.
    /// </summary>
    internal static class DeliveryProof
    {
        public static bool NeverReachedServer(Exception failure, JsonBodyContent? body)
        {
            if (ConnectionWasNeverEstablished(failure)) return true;
            // Intercom cannot act on a request whose body it never received; HttpClient raises HttpRequestException
            // for failures before or while sending, so an unwritten body means the request went nowhere.
            return body != null && !body.WriteStarted && failure is HttpRequestException;
        }

        private static bool ConnectionWasNeverEstablished(Exception failure)
        {
            for (var cause = failure; cause != null; cause = cause.InnerException)
            {
                if (cause is SocketException socket && IsConnectError(socket.SocketErrorCode)) return true;
                // .NET Framework's HttpWebRequest reports connect failures this way.
                if (cause is WebException web && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure))
                {
                    return true;
                }
            }
            return false;
        }

        private static bool IsConnectError(SocketError error) =>
            error == SocketError.ConnectionRefused || error == SocketError.HostNotFound || error == SocketError.HostUnreachable ||
            error == SocketError.NetworkUnreachable || error == SocketError.TryAgain;
    }
}
