using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>The help sources under module/help: every parameter described, and every example runs against the sandbox as written.</summary>
    public class HelpSourceTests
    {
        private static readonly string[] NeedNoEntry = { "Connection", "WhatIf", "Confirm", "First", "Skip", "IncludeTotalCount" };

        private static string HelpDirectory => Path.Combine(RepoPaths.Root, "module", "help");

        public static IEnumerable<object[]> Examples()
        {
            foreach (var file in Directory.GetFiles(HelpDirectory, "*.json").OrderBy(f => f))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                var index = 0;
                foreach (var example in document.RootElement.GetProperty("examples").EnumerateArray())
                {
                    yield return new object[] { Path.GetFileNameWithoutExtension(file), index++, example.GetProperty("code").GetString()! };
                }
            }
        }

        public static IEnumerable<object[]> Commands() =>
            Directory.GetFiles(HelpDirectory, "*.json").OrderBy(f => f).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

        [Theory]
        [MemberData(nameof(Examples))]
        public void Example_runs_against_the_sandbox(string command, int index, string code)
        {
            using var session = new PowerShellSession();
            var result = session.Run(code);
            Assert.True(result.Terminating == null && result.Errors.Count == 0,
                $"{command} example {index + 1} failed:\n{code}\n" + string.Join("\n", result.AllText()));
            Assert.Contains(command, code);
        }

        [Theory]
        [MemberData(nameof(Commands))]
        public void Every_parameter_is_described_and_every_description_is_a_parameter(string command)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(HelpDirectory, command + ".json")));
            var root = document.RootElement;
            var described = root.GetProperty("parameters").EnumerateObject().Select(p => p.Name).OrderBy(n => n).ToList();
            using var session = new PowerShellSession();
            var declared = session.Run($"(Get-Command {command}).Parameters.Keys | Where-Object {{ $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }}")
                .AssertNoErrors().Output.Select(o => o.ToString()).Where(n => !NeedNoEntry.Contains(n)).OrderBy(n => n).ToList();
            Assert.Equal(declared, described);
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("synopsis").GetString()));
            Assert.True(root.GetProperty("examples").GetArrayLength() >= 2);
        }
    }
}
