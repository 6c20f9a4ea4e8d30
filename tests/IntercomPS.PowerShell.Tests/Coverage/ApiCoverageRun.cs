using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IntercomPS.TestSupport;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.PowerShell.Tests.Coverage
{
    /// <summary>
    /// Runs every invocation of tests/coverage/*.coverage.ps1 once per test run against Prism (the spec's examples,
    /// requests validated) behind a recording proxy, in one real pwsh (Scripts/Invoke-ApiCoverage.ps1), as a user's
    /// session runs them. Each invocation gets its own connection with its own fake token, so every recorded
    /// request is attributed to the invocation that sent it, whenever it arrives.
    /// </summary>
    public sealed class ApiCoverageRun : IAsyncLifetime
    {
        public const string FilePattern = "*.coverage.ps1";

        // Every invocation is answered in milliseconds; this only bounds a hang (a list that never ends).
        private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

        private readonly List<CoverageInvocation> _invocations = new List<CoverageInvocation>();
        private readonly List<string> _fileProblems = new List<string>();
        private readonly List<RecordedExchange> _unattributed = new List<RecordedExchange>();

        public IReadOnlyList<CoverageInvocation> Invocations => _invocations;

        /// <summary>Files that could not be run, or that declare something other than invocations.</summary>
        public IReadOnlyList<string> FileProblems => _fileProblems;

        /// <summary>Requests no invocation sent: each invocation's Connect-Intercom beforehand, or anything with an unknown token.</summary>
        public IReadOnlyList<RecordedExchange> Unattributed => _unattributed;

        /// <summary>The cmdlets the module exports, as a session sees them.</summary>
        public IReadOnlyList<string> ExportedCmdlets { get; private set; } = Array.Empty<string>();

        public async Task InitializeAsync()
        {
            var workFolder = Path.Combine(Path.GetTempPath(), "intercomps-coverage-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(workFolder);
            var prism = await PrismServer.StartAsync(dynamic: false);
            try
            {
                await using var proxy = RecordingProxy.Start(prism.BaseUri);
                await RunAsync(proxy, workFolder);
                Attribute(proxy.Exchanges, proxy.Checkpoints);
            }
            finally
            {
                await prism.DisposeAsync();
                Directory.Delete(workFolder, recursive: true);
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private async Task RunAsync(RecordingProxy proxy, string workFolder)
        {
            var resultPath = Path.Combine(workFolder, "result.json");
            var output = Directory.CreateDirectory(Path.Combine(workFolder, "output")).FullName;
            using var process = PwshProcess.Start(new[] { "-File", Path.Combine(AppContext.BaseDirectory, "Scripts", "Invoke-ApiCoverage.ps1") },
                ("INTERCOMPS_MANIFEST", RepositoryLayout.ModuleManifest),
                ("INTERCOMPS_COVERAGE_FOLDER", RepositoryLayout.CoverageFolder),
                ("INTERCOMPS_COVERAGE_FILTER", FilePattern),
                ("INTERCOMPS_COVERAGE_BASE_URI", proxy.BaseUri.ToString()),
                ("INTERCOMPS_COVERAGE_CHECKPOINT", RecordingProxy.CheckpointPath),
                ("INTERCOMPS_COVERAGE_OUTPUT", output),
                ("INTERCOMPS_COVERAGE_RESULT", resultPath));
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(RunTimeout)) != exited)
            {
                process.Kill(entireProcessTree: true);
                _fileProblems.Add($"pwsh did not finish within {RunTimeout.TotalMinutes} minutes (a list that never ends? bound it with -First).\n{await stdout}\n{await stderr}");
                return;
            }
            if (process.ExitCode != 0 || !File.Exists(resultPath))
            {
                _fileProblems.Add($"pwsh exited with {process.ExitCode} and no result.\nstdout:\n{await stdout}\nstderr:\n{await stderr}");
                return;
            }
            using var result = JsonDocument.Parse(File.ReadAllBytes(resultPath));
            var root = result.RootElement;
            ExportedCmdlets = Strings(root.GetProperty("Exported"));
            _fileProblems.AddRange(Strings(root.GetProperty("Problems")));
            foreach (var invocation in Items(root.GetProperty("Invocations")))
            {
                _invocations.Add(new CoverageInvocation(
                    invocation.GetProperty("File").GetString()!,
                    invocation.GetProperty("Index").GetInt32(),
                    invocation.GetProperty("Cmdlet").GetString()!,
                    invocation.GetProperty("Script").GetString()!,
                    invocation.GetProperty("Token").GetString()!,
                    Strings(invocation.GetProperty("Errors"))));
            }
        }

        /// <summary>
        /// Gives each exchange to the invocation whose token it carries, when it came after that invocation's
        /// checkpoint (its connection made); the rest (the connections, anything unknown) are kept apart, still checked.
        /// </summary>
        private void Attribute(IReadOnlyList<RecordedExchange> exchanges, IReadOnlyDictionary<string, int> checkpoints)
        {
            var byToken = _invocations.ToDictionary(invocation => invocation.Token, StringComparer.Ordinal);
            for (var position = 0; position < exchanges.Count; position++)
            {
                var exchange = exchanges[position];
                if (exchange.BearerToken != null && checkpoints.TryGetValue(exchange.BearerToken, out var checkpoint) && position >= checkpoint &&
                    byToken.TryGetValue(exchange.BearerToken, out var invocation))
                {
                    invocation.Exchanges.Add(exchange);
                }
                else
                {
                    _unattributed.Add(exchange);
                }
            }
        }

        // ConvertTo-Json writes a one-element list as the element itself, and an empty one as [] or null.
        private static IEnumerable<JsonElement> Items(JsonElement element) =>
            element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList()
            : element.ValueKind == JsonValueKind.Null ? Enumerable.Empty<JsonElement>()
            : new[] { element };

        private static IReadOnlyList<string> Strings(JsonElement element) => Items(element).Select(item => item.GetString()!).ToList();
    }
}
