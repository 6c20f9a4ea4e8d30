using System.Net;
using System.Net.Sockets;

namespace IntercomPS.TestSupport.Prism
{
    public static class LoopbackPort
    {
        /// <summary>
        /// A loopback port no one listens on. It is free when the listener lets it go; another process could take it
        /// before the caller binds it, which shows up as the caller's start failing with "address in use".
        /// </summary>
        public static int Free()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            finally
            {
                listener.Stop();
            }
        }
    }
}
