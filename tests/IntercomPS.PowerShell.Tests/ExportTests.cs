using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using System.Threading;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>Issue 8: crash-safe, resumable, incremental exports, tokens for unattended runs, the scheduled-task sample.</summary>
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

        private static string[] Truth(PowerShellSession session, string since = Since, string until = Until) =>
            session.Run($"(Get-IntercomConnection).Sandbox.ConversationIdsCreatedIn([DateTimeOffset]'{since}', [DateTimeOffset]'{until}')")
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
        public void Export_with_Filter_writes_exactly_what_Search_with_the_same_Filter_returns()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 3000; ContactCount = 2000; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z' }").AssertNoErrors();
            var conversations = PathOf("filtered-conversations.jsonl");
            var contacts = PathOf("filtered-contacts.jsonl");
            var result = session.Run($@"
                $a = [DateTimeOffset]'2026-01-03T07:30:15Z'; $b = [DateTimeOffset]'2026-01-20T16:45:00Z'
                $conversationFilter = {{ $_.State -eq 'open' -and $_.CreatedAt -ge $a -and $_.CreatedAt -lt $b }}
                $contactFilter = {{ $_.role -eq 'user' -and $_.created_at -gt $a }}
                $null = Export-IntercomConversation -Path '{conversations}' -Since '{Since}' -Until '{Until}' -ChunkDays 2 -ThrottleLimit 3 -Filter $conversationFilter
                $null = Export-IntercomContact -Path '{contacts}' -Since '2020-01-01T00:00:00Z' -Until '{Until}' -ChunkDays 200 -Filter $contactFilter
                [pscustomobject]@{{
                    Conversations = @(Get-IntercomConversation | Where-Object $conversationFilter | ForEach-Object Id)
                    Contacts = @(Get-IntercomContact | Where-Object {{ $_.role -eq 'user' -and $_.CreatedAt -gt $a -and $_.CreatedAt -lt [DateTimeOffset]'{Until}' }} | ForEach-Object Id)
                }}").AssertNoErrors().Output.Single();
            var expectedConversations = ((object[])result.Properties["Conversations"].Value).Select(o => o.ToString()!).ToList();
            var expectedContacts = ((object[])result.Properties["Contacts"].Value).Select(o => o.ToString()!).ToList();
            Assert.True(expectedConversations.Count > 50 && expectedContacts.Count > 50, $"{expectedConversations.Count} conversations, {expectedContacts.Count} contacts match");
            AssertExactly(expectedConversations, IdsOf(conversations));
            AssertExactly(expectedContacts, IdsOf(contacts));
        }

        [Fact]
        public void Export_writes_the_range_as_json_lines_and_returns_a_typed_result_with_a_view()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox").AssertNoErrors();
            var path = PathOf("conversations.jsonl");

            var result = session.Run($"Export-IntercomConversation -Path '{path}' -Since '{Since}' -Until '{Until}' -ThrottleLimit 3").AssertNoErrors();

            var output = result.Output.Single();
            Assert.Equal("IntercomPS.ExportResult", output.TypeNames[0]);
            Assert.True((bool)output.Properties["Complete"].Value);
            var truth = Truth(session);
            Assert.Equal((long)truth.Length, (long)output.Properties["RecordsWritten"].Value);
            AssertExactly(truth, IdsOf(path));
            Assert.NotEmpty(result.Progress);
            Assert.True(File.Exists(path + ".checkpoint.json"));

            var formatted = session.RunFormatted($"Export-IntercomConversation -Path '{path}' -Resume");
            Assert.Contains("RecordsInFile", formatted);
            Assert.Contains("Complete", formatted);
        }

        [Fact]
        public void An_existing_file_without_a_mode_fails_and_is_not_touched_and_WhatIf_writes_nothing()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox").AssertNoErrors();
            var path = PathOf("existing.jsonl");
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes("{\"id\":\"mine\"}\n"));
            var stamp = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);
            var before = File.ReadAllBytes(path);

            var error = session.Run($"Export-IntercomConversation -Path '{path}' -Since '{Since}' -Until '{Until}'").Errors.Single();

            Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
            Assert.Contains("-Resume", error.Exception.Message);
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
            Assert.False(File.Exists(path + ".checkpoint.json"));

            // Piped rows each run their own export; the refused one does not stop the next.
            var other = PathOf("other.jsonl");
            var piped = session.Run($"@([pscustomobject]@{{ Path = '{path}' }}, [pscustomobject]@{{ Path = '{other}' }}) | Export-IntercomConversation -Since '{Since}' -Until '2026-01-02T00:00:00Z'");
            Assert.Single(piped.Errors);
            Assert.Single(piped.Output);
            Assert.True(File.Exists(other));
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));

            var whatIf = PathOf("whatif.jsonl");
            session.Run($"Export-IntercomContact -Path '{whatIf}' -Since '{Since}' -Until '{Until}' -WhatIf").AssertNoErrors();
            Assert.False(File.Exists(whatIf));
            Assert.False(File.Exists(whatIf + ".checkpoint.json"));
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

        [Fact]
        public void Incremental_runs_over_a_growing_workspace_export_each_conversation_once()
        {
            using var session = new PowerShellSession();
            session.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ConversationCount = 800; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-31T00:00:00Z' }").AssertNoErrors();
            var path = PathOf("daily.jsonl");

            session.Run($"Export-IntercomConversation -Path '{path}' -Incremental -Since '{Since}' -Until '2026-01-10T00:00:00Z'").AssertNoErrors();
            var added = session.Run(@"$s = (Get-IntercomConnection).Sandbox
                $s.AddConversation([DateTimeOffset]'2026-01-10T00:00:00Z')
                $s.AddConversation([DateTimeOffset]'2026-01-12T08:00:00Z')").AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            var second = session.Run($"Export-IntercomConversation -Path '{path}' -Incremental -Since '{Since}' -Until '2026-01-15T00:00:00Z'").AssertNoErrors().Output.Single();
            added.Add(session.Run("(Get-IntercomConnection).Sandbox.AddConversation([DateTimeOffset]'2026-01-15T00:00:30Z')").AssertNoErrors().Output.Single().ToString());
            session.Run($"Export-IntercomConversation -Path '{path}' -Incremental -Until '2026-01-16T00:00:00Z'").AssertNoErrors();

            // The second run re-reads the default 15-minute overlap before the first run's high-water mark.
            Assert.Equal(DateTimeOffset.Parse("2026-01-09T23:45:00Z"), (DateTimeOffset)second.Properties["Since"].Value);
            var ids = IdsOf(path);
            AssertExactly(Truth(session, Since, "2026-01-16T00:00:00Z"), ids);
            Assert.All(added, id => Assert.Contains(id, ids));
        }

        [Fact]
        public void The_token_never_appears_in_streams_objects_errors_or_files()
        {
            const string token = "tok_FAKE_9f3a1c77e2b54d0c";
            // The sandbox lives in its own session: connecting elsewhere replaces (and disposes) a session's connection.
            using var host = new PowerShellSession();
            using var session = new PowerShellSession();
            var baseUri = host.Run($@"(Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru -SandboxSettings @{{ AccessToken = '{token}'; ConversationCount = 300 }}).BaseUri.AbsoluteUri")
                .AssertNoErrors().Output.Single().ToString();
            var path = PathOf("secret-check.jsonl");
            var csv = PathOf("secret-check.csv");
            var texts = new List<string>();

            void Collect(ScriptResult r)
            {
                texts.AddRange(r.AllText());
                foreach (var e in r.Errors) texts.Add(e.InvocationInfo?.Line ?? string.Empty);
                foreach (var o in r.Output) texts.AddRange(o.Properties.Select(p => { try { return p.Value?.ToString() ?? string.Empty; } catch (Exception ex) { return ex.Message; } }));
            }

            session.Run("$token = $args[0]", new Dictionary<string, object> { ["args"] = token });
            var parameters = new Dictionary<string, object> { ["t"] = token };
            Collect(session.Run($"param($t) Connect-Intercom -AccessToken $t -BaseUri '{baseUri}' -Verbose -Debug -PassThru", parameters).AssertNoErrors());
            Collect(session.Run("Get-IntercomConnection | Format-List * | Out-String"));
            Collect(session.Run($"Export-IntercomConversation -Path '{path}' -Since '{Since}' -Until '{Until}' -Verbose -Debug"));
            Collect(session.Run($"Export-IntercomConversation -Path '{csv}' -Format Csv -Since '{Since}' -Until '{Until}' -Verbose -Debug"));
            Collect(session.Run("Get-IntercomConversation -Id 'no-such-conversation' -Verbose -Debug"));
            // A wrong token: the 401 must not echo the token that was sent, nor the right one.
            Collect(session.Run($"param($t) try {{ Connect-Intercom -AccessToken ($t + 'x') -BaseUri '{baseUri}' -Verbose -Debug }} catch {{ $_ | Out-String; $_.Exception.ToString() }}", parameters));
            Collect(session.Run($"param($t) $env:INTERCOM_ACCESS_TOKEN = $t; try {{ Connect-Intercom -BaseUri '{baseUri}' -Verbose -PassThru }} finally {{ $env:INTERCOM_ACCESS_TOKEN = $null }}", parameters));

            Assert.Contains(texts, t => t.Contains("401") || t.Contains("nauthorized") || t.Contains("Invalid", StringComparison.OrdinalIgnoreCase));
            Assert.True(File.Exists(path) && File.Exists(csv));
            texts.Add(File.ReadAllText(path));
            texts.Add(File.ReadAllText(path + ".checkpoint.json"));
            texts.Add(File.ReadAllText(csv));
            Assert.DoesNotContain(texts, t => t.Contains(token, StringComparison.Ordinal));
        }

        [Fact]
        public void Without_any_token_source_connect_fails_at_once_naming_the_sources()
        {
            using var session = new PowerShellSession();
            var error = session.CatchTerminating("$env:INTERCOM_ACCESS_TOKEN = $null; Connect-Intercom");
            Assert.Contains("INTERCOM_ACCESS_TOKEN", error.Exception.Message);
            Assert.Contains("-Vault", error.Exception.Message);
        }

        [Fact]
        public void A_token_comes_from_a_SecretManagement_vault_when_the_module_is_there_and_a_clear_error_when_not()
        {
            const string token = "vault-token-31c";
            using var host = new PowerShellSession();
            using var session = new PowerShellSession();
            var baseUri = host.Run($@"(Connect-Intercom -Sandbox -SandboxTransport Loopback -PassThru -SandboxSettings @{{ AccessToken = '{token}'; ConversationCount = 10 }}).BaseUri.AbsoluteUri")
                .AssertNoErrors().Output.Single().ToString();

            var missing = session.CatchTerminating($"Connect-Intercom -Vault Ops -SecretName Intercom -BaseUri '{baseUri}'");
            Assert.Contains("Microsoft.PowerShell.SecretManagement", missing.Exception.Message);

            // A stand-in for the real module: same name, a Get-Secret that returns a SecureString.
            session.Run($@"New-Module -Name Microsoft.PowerShell.SecretManagement -ScriptBlock {{
                    function Get-Secret {{ param([string]$Name, [string]$Vault)
                        if ($Vault -ne 'Ops' -or $Name -ne 'Intercom') {{ throw ""The secret $Name was not found in vault $Vault."" }}
                        $secure = [securestring]::new(); foreach ($c in '{token}'.ToCharArray()) {{ $secure.AppendChar($c) }}; $secure }}
                    Export-ModuleMember -Function Get-Secret }} | Import-Module").AssertNoErrors();
            var connected = session.Run($"Connect-Intercom -Vault Ops -SecretName Intercom -BaseUri '{baseUri}' -PassThru").AssertNoErrors().Output.Single();
            Assert.Equal("Custom", connected.Properties["Region"].Value);

            var wrong = session.CatchTerminating($"Connect-Intercom -Vault Ops -SecretName Other -BaseUri '{baseUri}'");
            Assert.Contains("Other", wrong.Exception.Message);
            Assert.DoesNotContain(token, wrong.ToString() + wrong.Exception);
        }

        [Fact]
        public void The_sample_script_exports_incrementally_against_the_sandbox_and_exits_zero()
        {
            using var session = new PowerShellSession();
            var script = Path.Combine(RepositoryLayout.RepositoryRoot, "samples", "Export-DailyConversations.ps1");
            var path = PathOf("sample.jsonl");
            var run = $"& '{script}' -Path '{path}' -Sandbox -Since '2026-01-01T00:00:00Z' -SandboxSettings @{{ ConversationCount = 500; RangeStart = [DateTimeOffset]'2026-01-01T00:00:00Z'; RangeEnd = [DateTimeOffset]'2026-01-20T00:00:00Z' }}; \"exit=$LASTEXITCODE\"";

            var first = session.Run(run).AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            Assert.Contains("exit=0", first);
            Assert.Contains(first, l => l.Contains("exported 500 new conversation(s)"));
            var second = session.Run(run).AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            Assert.Contains("exit=0", second);
            Assert.Contains(second, l => l.Contains("exported 0 new conversation(s) (500 in file"));
            Assert.Equal(500, IdsOf(path).Distinct().Count());

            // A run that cannot start (here: the checkpoint pins JSON Lines) exits 1 and leaves the file alone.
            var bytes = File.ReadAllBytes(path);
            var mismatch = session.Run(run.Replace(" -Sandbox -Since", " -Sandbox -Format Csv -Since")).Output.Select(o => o.ToString()).ToList();
            Assert.Contains("exit=1", mismatch);
            Assert.Equal(bytes, File.ReadAllBytes(path));

            // A failure is a non-zero exit with a message, not a prompt or a hang.
            var failing = session.Run($"$env:INTERCOM_ACCESS_TOKEN = $null; & '{script}' -Path '{PathOf("nope.jsonl")}'; \"exit=$LASTEXITCODE\"").Output.Select(o => o.ToString()).ToList();
            Assert.Contains("exit=1", failing);
        }
    }
}
