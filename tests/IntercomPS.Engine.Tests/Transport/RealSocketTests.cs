using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>
    /// The no-duplicate rule against the real HTTP stack on loopback: the proof that a create never left the machine
    /// must hold for the exceptions and body writes of SocketsHttpHandler, not only for fakes.
    /// </summary>
    public class RealSocketTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        [Fact]
        public async Task A_create_refused_by_the_host_is_retried()
        {
            var port = UnusedPort();
            using var client = LoopbackClient(port);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => client.SendAsync(Create(), CancellationToken.None)).WaitAsync(Patience);

            Assert.Equal(3, error.Attempts);
            Assert.DoesNotContain("may have acted", error.Message);
        }

        [Fact]
        public async Task A_create_whose_connection_drops_after_the_server_read_it_is_sent_once()
        {
            // Stopped in finally: TcpListener is not IDisposable on .NET Framework.
            var listener = new TcpListener(IPAddress.Loopback, 0);
            try
            {
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                var connections = 0;
                var server = Task.Run(async () =>
                {
                    while (true)
                    {
                        using var socket = await listener.AcceptSocketAsync();
                        Interlocked.Increment(ref connections);
                        await ReadRequestAsync(socket);
                        socket.LingerState = new LingerOption(true, 0); // reset, as a crashing proxy would
                    }
                });
                using var client = LoopbackClient(port);

                var error = await Assert.ThrowsAsync<IntercomApiException>(() => client.SendAsync(Create(), CancellationToken.None)).WaitAsync(Patience);

                Assert.Equal(1, error.Attempts);
                Assert.Equal(1, Volatile.Read(ref connections));
                Assert.Contains("not retried, because Intercom may have acted on it", error.Message);
            }
            finally
            {
                listener.Stop();
            }
        }

        private static IntercomClient LoopbackClient(int port) =>
            new IntercomClient(new IntercomClientOptions(new Uri($"http://127.0.0.1:{port}/"), Token)
            {
                MaxRetries = 2,
                BaseRetryDelay = TimeSpan.Zero,
                Proxy = new WebProxy(),
            });

        private static int UnusedPort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        /// <summary>Reads headers and the Content-Length body, so the whole request has reached the server.</summary>
        private static async Task ReadRequestAsync(Socket socket)
        {
            var received = new StringBuilder();
            var buffer = new byte[4096];
            while (true)
            {
                var count = await socket.ReceiveAsync(buffer, SocketFlags.None);
                if (count == 0) return;
                received.Append(Encoding.ASCII.GetString(buffer, 0, count));
                var text = received.ToString();
                var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headerEnd < 0) continue;
                var lengthAt = text.IndexOf("Content-Length: ", StringComparison.OrdinalIgnoreCase);
                var length = lengthAt < 0 ? 0 : int.Parse(text.Substring(lengthAt + 16, text.IndexOf('\r', lengthAt) - lengthAt - 16));
                if (text.Length - headerEnd - 4 >= length) return;
            }
        }
    }
}
