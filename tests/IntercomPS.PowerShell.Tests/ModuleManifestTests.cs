using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IntercomPS.PowerShell.Tests
{
    internal static class ManifestData
    {
        public static System.Collections.Hashtable Read()
        {
            var ast = Parser.ParseFile(RepoPaths.Manifest, out _, out var errors);
            Assert.Empty(errors);
            var table = (HashtableAst)ast.Find(a => a is HashtableAst, false)!;
            return (System.Collections.Hashtable)table.SafeGetValue();
        }
    }

    public class ModuleManifestTests
    {
        [Fact]
        public void Manifest_passes_TestModuleManifest_and_declares_both_editions()
        {
            using var session = new PowerShellSession(importModule: false);
            var result = session.Run($"Test-ModuleManifest -Path '{RepoPaths.Manifest}' -ErrorAction Stop").AssertNoErrors();
            var info = (PSModuleInfo)result.Output.Single().BaseObject;
            Assert.Equal("IntercomPS", info.Name);
            Assert.Contains("Desktop", info.CompatiblePSEditions);
            Assert.Contains("Core", info.CompatiblePSEditions);
            Assert.Equal(new System.Version(5, 1), info.PowerShellVersion);
        }

        [Fact]
        public void Manifest_exports_exactly_the_cmdlets_the_module_defines()
        {
            using var session = new PowerShellSession();
            var declared = ManifestData.Read()["CmdletsToExport"] is object[] list
                ? list.Select(o => o.ToString()!).OrderBy(n => n).ToList()
                : throw new Xunit.Sdk.XunitException("CmdletsToExport must be an explicit array");
            var exported = session.Run("(Get-Module IntercomPS).ExportedCmdlets.Keys").AssertNoErrors()
                .Output.Select(o => o.ToString()).OrderBy(n => n).ToList();
            Assert.DoesNotContain(declared, d => d.Contains('*'));
            Assert.Equal(declared, exported);
            var defined = session.Run("[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'IntercomPS' } | ForEach-Object { $_.GetExportedTypes() } | ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false); if ($a) { '{0}-{1}' -f $a[0].VerbName, $a[0].NounName } }")
                .AssertNoErrors().Output.Select(o => o.ToString()).OrderBy(n => n).ToList();
            Assert.Equal(defined, declared);
        }

        [Fact]
        public void Every_cmdlet_uses_an_approved_verb_and_a_singular_Intercom_noun()
        {
            using var session = new PowerShellSession();
            var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
                .SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).ToHashSet();
            var commands = session.Run("Get-Command -Module IntercomPS | ForEach-Object { $_.Verb + '|' + $_.Noun }").AssertNoErrors().Output.Select(o => o.ToString()).ToList();
            Assert.NotEmpty(commands);
            foreach (var command in commands)
            {
                var parts = command.Split('|');
                Assert.Contains(parts[0], approved);
                Assert.StartsWith("Intercom", parts[1]);
                Assert.False(parts[1].EndsWith("s") && !parts[1].EndsWith("ss"), $"{command} should have a singular noun");
            }
        }

        [Fact]
        public void Module_output_does_not_ship_System_Management_Automation()
        {
            Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "bin", "System.Management.Automation.dll")));
            Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "bin", "dependencies", "System.Management.Automation.dll")));
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "bin", "dependencies", "IntercomPS.Engine.dll")));
            // The engine must only be reachable through the isolation resolver, never by plain probing next to the module.
            Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "bin", "IntercomPS.Engine.dll")));
        }

        [Fact]
        public void Every_Pester_test_file_parses()
        {
            var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests"), "*.Tests.ps1", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                Parser.ParseFile(file, out _, out var errors);
                Assert.True(errors.Length == 0, $"{file}: {string.Join("; ", errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"))}");
            }
        }
    }
}
