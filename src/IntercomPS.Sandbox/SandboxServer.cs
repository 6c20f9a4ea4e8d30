using IntercomPS.Sandbox.Http.Loopback;

namespace IntercomPS.Sandbox
{
    /// <summary>The workspace served over loopback HTTP/1.1 (keep-alive, Content-Length bodies). Dispose to stop it.</summary>
    public sealed class SandboxServer : IDisposable
    {
        private readonly LoopbackHttpServer _server;

        internal SandboxServer(LoopbackHttpServer server)
        {
            _server = server;
            BaseUri = new Uri("http://127.0.0.1:" + server.Port.ToString(CultureInfo.InvariantCulture) + "/");
        }

        /// <summary>e.g. http://127.0.0.1:54321/</summary>
        public Uri BaseUri { get; }

        public int Port => _server.Port;

        /// <summary>TCP connections accepted so far: with keep-alive, far fewer than requests.</summary>
        public long AcceptedConnections => _server.AcceptedConnections;

        /// <summary>Connections open right now.</summary>
        public int OpenConnections => _server.OpenConnections;

        public void Dispose() => _server.Dispose();

        public override string ToString() => BaseUri.ToString();
    }
}
