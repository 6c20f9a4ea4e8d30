using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace IntercomPS.Engine.Tests.Isolation
{
    /// <summary>
    /// The engine knows nothing of PowerShell: its messages name its own settings (ExportRequest.Since,
    /// IntercomClientOptions.MaxRetries) and let a front end word them (ExportTerms, ClientSettingNames, SearchSyntax);
    /// no string literal of the engine names a cmdlet or a cmdlet parameter.
    /// </summary>
    public sealed class EngineWordingTests
    {
        private static readonly Regex StringLiteral = new Regex("\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.CultureInvariant);

        // " -Since", "(-Force", "/-Until": a dash word after a space, bracket or slash. X-Request-Id has a letter before its dash.
        private static readonly Regex ParameterName = new Regex(@"(^|[\s(/'])-[A-Z][A-Za-z]+", RegexOptions.CultureInvariant);

        private static readonly Regex CmdletName = new Regex(@"\b[A-Z][a-z]+-Intercom[A-Za-z]*", RegexOptions.CultureInvariant);

        [Fact]
        public void No_engine_message_names_a_cmdlet_or_a_parameter()
        {
            var offending = new List<string>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "IntercomPS.Engine"), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)) continue;
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                    foreach (Match literal in StringLiteral.Matches(lines[i]))
                    {
                        if (ParameterName.IsMatch(literal.Value) || CmdletName.IsMatch(literal.Value))
                        {
                            offending.Add($"{Path.GetFileName(file)}:{i + 1}: {literal.Value}");
                        }
                    }
                }
            }
            Assert.True(offending.Count == 0, "Engine strings naming PowerShell:\n" + string.Join("\n", offending));
        }

        [Fact]
        public void The_check_sees_a_parameter_name_in_a_message()
        {
            var literal = StringLiteral.Match("throw new ArgumentException(\"Give -Since: the start.\");").Value;

            Assert.Matches(ParameterName, literal);
            Assert.DoesNotMatch(ParameterName, "\"X-Request-Id\"");
            Assert.Matches(CmdletName, "\"run Connect-Intercom again\"");
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "IntercomPS.sln"))) return directory.FullName;
            }
            throw new DirectoryNotFoundException("IntercomPS.sln not found above the test binaries.");
        }
    }
}
