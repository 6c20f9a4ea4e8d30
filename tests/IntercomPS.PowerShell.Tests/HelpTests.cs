using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using IntercomPS.HelpGen;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 11: the help sources (module/help/*.json) are complete, the shipped MAML is generated from them, and their
    /// examples parse and run against the sandbox; the resource views are generated from their declarations. Kept in xunit because these tests read the sources through the
    /// generator itself (tools/IntercomPS.HelpGen); what Get-Help shows a user is specified in tests/pester/Module.Tests.ps1.
    /// </summary>
    public class HelpTests
    {
        private static readonly Lazy<HelpBuild> Help = new Lazy<HelpBuild>(() => HelpGenerator.Build(RepoPaths.Root));

        public static IEnumerable<object[]> Examples() =>
            Help.Value.Examples.Select(e => new object[] { e.Cmdlet, e.Number });

        private static HelpExample ExampleOf(string cmdlet, int number) => Help.Value.Examples.Single(e => e.Cmdlet == cmdlet && e.Number == number);

        [Fact]
        public void Every_exported_cmdlet_has_a_synopsis_a_description_every_parameter_and_two_examples()
        {
            Assert.Empty(Help.Value.Problems);
            Assert.True(Help.Value.Cmdlets.Count >= 18);
        }

        [Fact]
        public void The_shipped_MAML_is_generated_from_the_current_sources()
        {
            var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, HelpGenerator.MamlPath));
            Assert.True(shipped == Help.Value.Maml, $"{HelpGenerator.MamlPath} is stale: run  dotnet run --project tools/IntercomPS.HelpGen");
        }

        [Fact]
        public void The_online_Markdown_pages_are_generated_from_the_current_sources()
        {
            Assert.Equal(Help.Value.Cmdlets.Count, Help.Value.Markdown.Count);
            var stale = Help.Value.Markdown
                .Where(page => !File.Exists(Path.Combine(RepoPaths.Root, page.Key)) || File.ReadAllText(Path.Combine(RepoPaths.Root, page.Key)) != page.Value)
                .Select(page => page.Key)
                .ToList();
            Assert.True(stale.Count == 0, $"stale: {string.Join(", ", stale)}: run  dotnet run --project tools/IntercomPS.HelpGen");
            var folder = Path.Combine(RepoPaths.Root, HelpGenerator.MarkdownFolder);
            var orphans = Directory.GetFiles(folder, "*.md").Select(path => HelpGenerator.MarkdownFolder + "/" + Path.GetFileName(path))
                .Where(page => !Help.Value.Markdown.ContainsKey(page));
            Assert.Empty(orphans);
        }

        [Fact]
        public void The_shipped_resource_views_are_generated_from_the_current_declarations()
        {
            var views = Help.Value.Formats;
            Assert.Empty(views.Problems);
            Assert.Contains("IntercomPS.Admin", views.TypeNames);
            var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, FormatViewGenerator.FormatsPath));
            Assert.True(shipped == views.Xml, $"{FormatViewGenerator.FormatsPath} is stale: run  dotnet run --project tools/IntercomPS.HelpGen");
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Each_example_parses(string cmdlet, int number)
        {
            var example = ExampleOf(cmdlet, number);
            Parser.ParseInput(example.Code, out _, out var errors);
            Assert.True(errors.Length == 0, $"{cmdlet} example {number} does not parse: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Each_example_runs_against_the_sandbox_as_written(string cmdlet, int number)
        {
            var example = ExampleOf(cmdlet, number);
            // Examples that write files (exports) write them into a folder of their own, never into the repository.
            var folder = Directory.CreateTempSubdirectory("intercomps-example-").FullName;
            try
            {
                using var session = new PowerShellSession();
                session.Runspace.SessionStateProxy.Path.SetLocation(folder);
                session.Run("Connect-Intercom -Sandbox").AssertNoErrors();
                var result = session.Run(example.Code);
                AssertRan(cmdlet, number, example, result);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static void AssertRan(string cmdlet, int number, HelpExample example, ScriptResult result)
        {
            Assert.True(result.Terminating == null && result.Errors.Count == 0,
                $"{cmdlet} example {number} ('{example.Title}') failed:\n{example.Code}\n--\n{string.Join("\n", result.Errors.Select(e => e.ToString()))}{result.Terminating}");
        }
    }
}
