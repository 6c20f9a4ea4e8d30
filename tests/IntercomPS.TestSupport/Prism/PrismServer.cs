using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace IntercomPS.TestSupport.Prism
{
    /// <summary>One Prism mock server on a free loopback port, serving Intercom's OpenAPI description.</summary>
    public sealed class PrismServer : IAsyncDisposable
    {
        private const int OutputLinesKept = 60;

        // Prism loads and compiles a 1 MB description; it takes about 5 s, more on a loaded CI machine.
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

        private readonly Process _process;
        private readonly Queue<string> _output = new Queue<string>();

        private PrismServer(Process process, Uri baseUri, bool dynamic)
        {
            _process = process;
            BaseUri = baseUri;
            Dynamic = dynamic;
        }

        /// <summary>The API root, e.g. http://127.0.0.1:40123/.</summary>
        public Uri BaseUri { get; }

        /// <summary>True when Prism answers with random schema-valid data (<c>-d</c>) rather than the spec's examples.</summary>
        public bool Dynamic { get; }

        /// <summary>Starts Prism and returns once it answers GET /me.</summary>
        public static async Task<PrismServer> StartAsync(bool dynamic)
        {
            var cli = RepositoryLayout.RequirePrismCli();
            var spec = RepositoryLayout.RequirePrismSpec();
            var port = LoopbackPort.Free();
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryLayout.TestsFolder,
            };
            foreach (var argument in new[] { cli, "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-v", "warn" })
            {
                start.ArgumentList.Add(argument);
            }
            if (dynamic) start.ArgumentList.Add("-d");
            start.ArgumentList.Add(spec);

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            }
            catch (Win32Exception exception)
            {
                throw new InvalidOperationException("Cannot run `node`, which Prism needs: install Node.js and make sure `node` is on the PATH.", exception);
            }

            var server = new PrismServer(process, new Uri($"http://127.0.0.1:{port}/"), dynamic);
            process.OutputDataReceived += (_, e) => server.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await server.WaitUntilAnsweringAsync().ConfigureAwait(false);
                return server;
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>Prism's recent console output, for the message of a failed start.</summary>
        public string RecentOutput()
        {
            lock (_output) return string.Join(Environment.NewLine, _output);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().ConfigureAwait(false);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill: nothing left to stop.
            }
            _process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line == null) return;
            lock (_output)
            {
                _output.Enqueue(line);
                while (_output.Count > OutputLinesKept) _output.Dequeue();
            }
        }

        private async Task WaitUntilAnsweringAsync()
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow + StartTimeout;
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Prism exited with code {_process.ExitCode} while starting. Its output:{Environment.NewLine}{RecentOutput()}");
                }
                try
                {
                    using var probe = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, "me"));
                    probe.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "conformance");
                    probe.Headers.Add("Intercom-Version", "2.16");
                    using var response = await http.SendAsync(probe).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but still loading the description.
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Prism did not answer GET {BaseUri}me within {StartTimeout.TotalSeconds} s. Its output:{Environment.NewLine}{RecentOutput()}");
                }
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
    }
}
