using System.Net;
using System.Runtime.InteropServices;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Windows PowerShell 5.1 runs on .NET Framework, where HttpClient sits on HttpWebRequest: the connections to a host
    /// come from its ServicePoint (2 by default, which would serialize parallel work) and the TLS versions from
    /// ServicePointManager (older defaults lack TLS 1.2, which Intercom requires). .NET Core uses neither; there this
    /// does nothing. Mono implements the same framework (ServicePointManager governs its HttpWebRequest), so it is
    /// treated as the desktop runtime too: that is how the .NET Framework build of the tests exercises this on Linux.
    /// </summary>
    internal static class NetFrameworkNetworking
    {
        // Not named in netstandard2.0: "let the operating system choose", the best setting where it is in effect.
        private const SecurityProtocolType SystemDefault = 0;

        public static void Prepare(Uri baseUri, int maxConnections)
        {
            if (!IsDesktopRuntime(RuntimeInformation.FrameworkDescription)) return;

            // Only the API host's service point: the process-wide default belongs to the rest of the session.
            var servicePoint = ServicePointManager.FindServicePoint(baseUri);
            if (servicePoint.ConnectionLimit < maxConnections) servicePoint.ConnectionLimit = maxConnections;

            var current = ServicePointManager.SecurityProtocol;
            var wanted = WithTls12(current);
            if (wanted != current) ServicePointManager.SecurityProtocol = wanted;
        }

        internal static bool IsDesktopRuntime(string frameworkDescription) =>
            frameworkDescription != null
            && (frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase)
                || frameworkDescription.StartsWith("Mono ", StringComparison.OrdinalIgnoreCase));

        /// <summary>Adds TLS 1.2 to an explicit protocol list that lacks it; never removes a protocol nor overrides SystemDefault.</summary>
        internal static SecurityProtocolType WithTls12(SecurityProtocolType current) =>
            current == SystemDefault || (current & SecurityProtocolType.Tls12) != 0 ? current : current | SecurityProtocolType.Tls12;
    }
}
