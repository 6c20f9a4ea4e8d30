using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 8: exports that survive being killed or stopped at any moment. Kept in xunit because the test drives the
    /// interruptions from outside the PowerShell pipeline: a dozen child pwsh processes killed (whole process tree) at
    /// random points keyed to the checkpoint's progress, polled every few milliseconds; and the host's Stop (what
    /// Ctrl+C does) on a running pipeline at chosen windows, which a script inside that pipeline cannot do to itself.
    /// Everything else about exports (files, modes, -Filter, -Incremental, locks, CSV, tokens, the sample script) is
    /// specified in tests/pester (Files, Export, Security, Connection and Samples .Tests.ps1).
    /// </summary>
    public sealed class ExportTests : IDisposable
    {
        private const string Since = "2026-01-01T00:00:00Z";
        private const string Until = "2026-01-21T00:00:00Z";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "ipsexport-ps-" + Guid.NewGuid().ToString("N"));

        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public ExportTests(Xunit.Abstractions.ITestOutputHelper output)
        {
            _output = output;
            Directory.CreateDirectory(_folder);
        }

        public void Dispose()
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }

        private string PathOf(string name) => Path.Combine(_folder, name);

        private static string[] Truth(PowerShellSession session) =>
            session.Run($"(Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn([DateTimeOffset]'{Since}', [DateTimeOffset]'{Until}')")
                .AssertNoErrors().Output.Select(o => o.ToString()).ToArray();

        /// <summary>Ids of a JSON Lines file; fails on a torn or unparsable line.</summary>
        private static List<string> IdsOf(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length == 0 || bytes[^1] == (byte)'\n', "the file ends in a torn line");
            return File.ReadAllLines(path).Select(line =>
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.GetProperty("id").GetString()!;
            }).ToList();
        }

        private static void AssertExactly(IEnumerable<string> truth, IReadOnlyList<string> ids)
        {
            var duplicates = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, "duplicates: " + string.Join(", ", duplicates.Take(10)));
            var expected = truth.ToHashSet();
            Assert.True(expected.SetEquals(ids), $"{expected.Except(ids).Count()} missing, {ids.Except(expected).Count()} extra");
        }

        [Fact]
        public void A_child_process_killed_at_random_moments_and_resumed_ends_with_exactly_the_truth()
        {
            const string token = "fake-token-for-crash-test-5c1e";
            using var session = new PowerShellSession();
            // A loopback server the child processes reach over HTTP; latency keeps each run long enough to be killed mid-way.
            var baseUri = session.Run($@"(Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru -SandboxSettings @{{
                    AccessToken = '{token}'; ConversationCount = 6000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z'
                    Latency = [TimeSpan]::FromMilliseconds(25) }}).BaseUri.AbsoluteUri").AssertNoErrors().Output.Single().ToString();
            var truth = Truth(session);
            var path = PathOf("killed.jsonl");
            var checkpoint = path + ".checkpoint.json";
            var random = new Random(8);
            var kills = 0;
            var killedMidExport = 0;
            var finished = false;
            var log = new StringBuilder();

            for (var attempt = 0; attempt < 14 && !finished; attempt++)
            {
                var mode = File.Exists(checkpoint) ? "-Resume" : File.Exists(path) ? "-Force" : string.Empty;
                var command = $"Connect-Intercom -BaseUri '{baseUri}' -RetryDelaySec 0; " +
                              $"Export-IntercomConversation -Path '{path}' -Since '{Since}' -Until '{Until}' -ChunkDays 1 -PageSize 40 -ThrottleLimit 2 {mode} | Out-Null";
                // Early attempts are killed once the run has committed a random number (0..3) of further windows, plus
                // a random delay, so kills land anywhere in a window (mid-write, mid-commit); later runs may finish.
                // Keyed to progress rather than wall time: a child's start-up takes seconds on a loaded machine.
                Func<bool>? killWhen = null;
                if (attempt < 7)
                {
                    var target = WindowsDone(checkpoint) + random.Next(0, 4);
                    var extra = TimeSpan.FromMilliseconds(random.Next(0, 400));
                    var lengthAtStart = File.Exists(path) ? new FileInfo(path).Length : -1;
                    DateTime? reached = null;
                    killWhen = () =>
                    {
                        var started = File.Exists(checkpoint) && File.Exists(path) && new FileInfo(path).Length != lengthAtStart;
                        if (reached == null && started && WindowsDone(checkpoint) >= target) reached = DateTime.UtcNow;
                        return reached != null && DateTime.UtcNow - reached >= extra;
                    };
                }
                var (exited, exitCode, output) = RunPwsh(command, token, killWhen);
                log.AppendLine($"attempt {attempt} {mode}: {(exited ? "exit " + exitCode : "killed")} {output.Trim()}");
                if (!exited)
                {
                    kills++;
                    if (File.Exists(checkpoint) && new FileInfo(path).Length > JsonDocument.Parse(File.ReadAllText(checkpoint)).RootElement.GetProperty("committedLength").GetInt64())
                    {
                        log.AppendLine("  left an uncommitted tail");
                    }
                    if (File.Exists(checkpoint) && new FileInfo(path).Length > 0 && !JsonDocument.Parse(File.ReadAllText(checkpoint)).RootElement.GetProperty("completed").GetBoolean())
                    {
                        killedMidExport++;
                    }
                    continue;
                }
                Assert.True(exitCode == 0, log.ToString());
                finished = true;
            }

            Assert.True(finished, "no run finished:\n" + log);
            Assert.True(killedMidExport >= 3, $"only {killedMidExport} of {kills} kills hit a running export:\n{log}");
            AssertExactly(truth, IdsOf(path));
            Assert.DoesNotContain(token, File.ReadAllText(path) + File.ReadAllText(checkpoint));
            _output.WriteLine($"{truth.Length} conversations; {kills} kills, {killedMidExport} mid-export\n{log}");
        }

        /// <summary>Runs a command in a child pwsh with the token in INTERCOM_ACCESS_TOKEN; kills it as soon as <paramref name="killWhen"/> says so.</summary>
        private static (bool Exited, int ExitCode, string Output) RunPwsh(string command, string token, Func<bool>? killWhen)
        {
            using var process = PwshProcess.Start(new[] { "-Command", PwshProcess.WithModule(command) }, ("INTERCOM_ACCESS_TOKEN", token));
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddSeconds(180);
            while (!process.WaitForExit(5))
            {
                if ((killWhen != null && killWhen()) || DateTime.UtcNow > deadline)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    return (false, -1, string.Empty);
                }
            }
            process.WaitForExit();
            return (true, process.ExitCode, stdout.Result + stderr.Result);
        }

        [Fact]
        public void Stopped_in_process_at_random_windows_and_resumed_the_file_ends_with_exactly_the_truth()
        {
            using var session = new PowerShellSession();
            session.Run(@"Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 4000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z'; Latency = [TimeSpan]::FromMilliseconds(10) }").AssertNoErrors();
            var truth = Truth(session);
            var path = PathOf("stopped.jsonl");
            var checkpoint = path + ".checkpoint.json";
            var random = new Random(5);
            var stops = 0;
            var finished = false;

            for (var attempt = 0; attempt < 25 && !finished; attempt++)
            {
                var done = WindowsDone(checkpoint);
                var stopAt = done + random.Next(1, 5);
                using var ps = System.Management.Automation.PowerShell.Create();
                ps.Runspace = session.Runspace;
                var mode = File.Exists(checkpoint) ? "-Resume" : string.Empty;
                ps.AddScript($"Export-IntercomConversation -Path '{path}' -Since '{Since}' -Until '{Until}' -ChunkDays 1 -PageSize 25 -ThrottleLimit 3 {mode}");
                var running = ps.BeginInvoke();
                while (!running.IsCompleted && WindowsDone(checkpoint) < stopAt) Thread.Sleep(random.Next(1, 15));
                if (!running.IsCompleted)
                {
                    ps.Stop();
                    stops++;
                    // A stop cuts the file back to its last committed window: only whole lines remain.
                    Assert.Equal(new FileInfo(path).Length, JsonDocument.Parse(File.ReadAllText(checkpoint)).RootElement.GetProperty("committedLength").GetInt64());
                    IdsOf(path);
                    continue;
                }
                ps.EndInvoke(running);
                Assert.False(ps.HadErrors, string.Join("\n", ps.Streams.Error));
                finished = true;
            }

            Assert.True(finished);
            Assert.True(stops >= 3, $"only {stops} stops");
            AssertExactly(truth, IdsOf(path));
            _output.WriteLine($"{truth.Length} conversations; {stops} stops before the run that finished");
        }

        private static int WindowsDone(string checkpoint)
        {
            for (var tries = 0; tries < 5; tries++)
            {
                try
                {
                    if (!File.Exists(checkpoint)) return 0;
                    return JsonDocument.Parse(File.ReadAllText(checkpoint)).RootElement.GetProperty("windowsDone").GetArrayLength();
                }
                catch (Exception ex) when (ex is IOException || ex is JsonException)
                {
                    // Replaced while being read (Windows) — read again.
                    Thread.Sleep(5);
                }
            }
            return 0;
        }

    }
}
