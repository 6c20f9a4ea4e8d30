using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Sandbox.Http.Loopback
{
    /// <summary>
    /// A small HTTP/1.1 server on 127.0.0.1: persistent connections, Content-Length responses, one async loop per
    /// connection. Built on sockets rather than HttpListener so a dropped connection can really be dropped (RST, no
    /// response) and so it needs no URL ACLs on Windows.
    /// </summary>
    internal sealed class LoopbackHttpServer : IDisposable
    {
        /// <summary>How often a request that is being held (timeout and slow faults) checks whether its client went away.</summary>
        private static readonly TimeSpan DisconnectPoll = TimeSpan.FromMilliseconds(100);

        private readonly SandboxPipeline _pipeline;
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentDictionary<long, Socket> _connections = new ConcurrentDictionary<long, Socket>();
        private long _accepted;
        private int _disposed;

        public LoopbackHttpServer(SandboxPipeline pipeline, int port)
        {
            _pipeline = pipeline;
            _listener = new TcpListener(IPAddress.Loopback, port);
            _listener.Server.NoDelay = true;
            _listener.Start(1024);
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptLoopAsync();
        }

        public int Port { get; }

        public long AcceptedConnections => Interlocked.Read(ref _accepted);

        public int OpenConnections => _connections.Count;

        private async Task AcceptLoopAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await _listener.AcceptSocketAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }
                socket.NoDelay = true;
                var id = Interlocked.Increment(ref _accepted);
                _connections[id] = socket;
                _ = ServeConnectionAsync(id, socket);
            }
        }

        private async Task ServeConnectionAsync(long id, Socket socket)
        {
            var dropped = false;
            try
            {
                using (var stream = new NetworkStream(socket, ownsSocket: false))
                {
                    var reader = new HttpRequestReader(stream);
                    while (!_stopping.IsCancellationRequested)
                    {
                        WireRequest? request;
                        try
                        {
                            request = await reader.ReadAsync(() => WriteAsync(stream, Encoding.ASCII.GetBytes("HTTP/1.1 100 Continue\r\n\r\n")), _stopping.Token).ConfigureAwait(false);
                        }
                        catch (BadRequestException ex)
                        {
                            await WriteAsync(stream, Frame(400, "text/plain", Encoding.UTF8.GetBytes(ex.Message), null, keepAlive: false)).ConfigureAwait(false);
                            return;
                        }
                        if (request == null) return;

                        SandboxOutcome outcome;
                        using (var requestScope = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
                        {
                            var watcher = WatchForDisconnectAsync(socket, requestScope);
                            try
                            {
                                outcome = await _pipeline.ProcessAsync(ToRaw(request), requestScope.Token).ConfigureAwait(false);
                            }
                            catch (OperationCanceledException)
                            {
                                return;
                            }
                            finally
                            {
                                requestScope.Cancel();
                                await watcher.ConfigureAwait(false);
                            }
                        }

                        if (outcome.Drop)
                        {
                            // Linger 0 makes Close send RST: the client sees a reset, not a clean end of stream.
                            socket.LingerState = new LingerOption(true, 0);
                            dropped = true;
                            return;
                        }
                        var keepAlive = request.KeepAlive;
                        await WriteAsync(stream, Frame(outcome.Status, outcome.ContentType, outcome.Body, outcome, keepAlive)).ConfigureAwait(false);
                        if (!keepAlive) return;
                    }
                }
            }
            catch (Exception)
            {
                // The client went away (or the connection broke); one connection's end must never stop the server.
            }
            finally
            {
                _connections.TryRemove(id, out _);
                try
                {
                    if (!dropped && socket.Connected) socket.Shutdown(SocketShutdown.Both);
                }
                catch (SocketException)
                {
                }
                socket.Dispose();
            }
        }

        /// <summary>Cancels the request when the client closes its end while the request is held.</summary>
        private static async Task WatchForDisconnectAsync(Socket socket, CancellationTokenSource request)
        {
            try
            {
                while (!request.IsCancellationRequested)
                {
                    await Task.Delay(DisconnectPoll, request.Token).ConfigureAwait(false);
                    if (socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0)
                    {
                        request.Cancel();
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
            catch (SocketException)
            {
                request.Cancel();
            }
        }

        private static RawRequest ToRaw(WireRequest request)
        {
            var target = request.Target;
            if (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                target = new Uri(target).PathAndQuery;
            }
            var question = target.IndexOf('?');
            return new RawRequest
            {
                Method = request.Method,
                Path = question < 0 ? target : target.Substring(0, question),
                Query = question < 0 || question == target.Length - 1 ? null : target.Substring(question + 1),
                Body = request.Body.Length == 0 ? null : Encoding.UTF8.GetString(request.Body),
                Authorization = request.Header("Authorization"),
                IntercomVersion = request.Header("Intercom-Version"),
                Transport = "Loopback",
            };
        }

        private static byte[] Frame(int status, string? contentType, byte[] body, SandboxOutcome? outcome, bool keepAlive)
        {
            var head = new StringBuilder(256);
            head.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(status)).Append("\r\n");
            if (outcome == null || !outcome.Headers.Exists(h => string.Equals(h.Key, "Date", StringComparison.OrdinalIgnoreCase)))
            {
                head.Append("Date: ").Append(DateTime.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
            }
            if (contentType != null) head.Append("Content-Type: ").Append(contentType).Append("\r\n");
            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            head.Append("Connection: ").Append(keepAlive ? "keep-alive" : "close").Append("\r\n");
            if (outcome != null)
            {
                foreach (var header in outcome.Headers) head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }
            head.Append("\r\n");
            var headBytes = Encoding.UTF8.GetBytes(head.ToString());
            var frame = new byte[headBytes.Length + body.Length];
            Buffer.BlockCopy(headBytes, 0, frame, 0, headBytes.Length);
            Buffer.BlockCopy(body, 0, frame, headBytes.Length, body.Length);
            return frame;
        }

        private static Task WriteAsync(Stream stream, byte[] bytes) => stream.WriteAsync(bytes, 0, bytes.Length);

        private static string Reason(int status)
        {
            switch (status)
            {
                case 200: return "OK";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 409: return "Conflict";
                case 410: return "Gone";
                case 422: return "Unprocessable Entity";
                case 429: return "Too Many Requests";
                case 500: return "Internal Server Error";
                case 502: return "Bad Gateway";
                case 503: return "Service Unavailable";
                default: return "Status";
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            _stopping.Cancel();
            _listener.Stop();
            foreach (var socket in _connections.Values)
            {
                try
                {
                    socket.Dispose();
                }
                catch (ObjectDisposedException)
                {
                }
            }
            _connections.Clear();
        }
    }
}
