using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Another module's older Polly.Core and Microsoft.Extensions.Caching.Memory are loaded into the session first;
    /// then the module imports and runs its retry pipeline and cache. Both copies must work side by side. Runs in a
    /// child process so that the load order is exactly that, whatever other tests loaded.
    /// Kept in xunit: the foreign, older package versions come from this project's NuGet restore (VersionOverride).
    /// </summary>
    public class DependencyIsolationTests
    {
        [Fact]
        public void Module_uses_its_own_dependency_versions_next_to_foreign_copies()
        {
            var foreignDirectory = AppContext.BaseDirectory; // the test's own (older) package copies land here
            Assert.StartsWith("8.5.", FileVersionInfo.GetVersionInfo(Path.Combine(foreignDirectory, "Polly.Core.dll")).FileVersion);

            var output = ChildProcess.RunPwsh(Path.Combine(AppContext.BaseDirectory, "Scripts", "DependencyIsolation.ps1"),
                ("INTERCOMPS_MANIFEST", RepositoryLayout.ModuleManifest), ("INTERCOMPS_FOREIGN_DIR", foreignDirectory));

            Assert.Contains("foreign-pipeline=42", output);
            Assert.Contains("foreign-cache=foreign", output);
            Assert.Contains(output, l => l.StartsWith("admins=", StringComparison.Ordinal) && l != "admins=0");
            Assert.Contains("lookups=2", output);

            var assemblies = output.Where(l => l.StartsWith("assembly=", StringComparison.Ordinal))
                .Select(l => l.Substring("assembly=".Length).Split('|')).ToList();
            Assert.Contains(assemblies, a => a[0] == "Polly.Core" && a[1].StartsWith("8.5.") && a[2] == "Default");
            Assert.Contains(assemblies, a => a[0] == "Polly.Core" && a[1].StartsWith("8.9.") && a[2] == "IntercomPS");
            Assert.Contains(assemblies, a => a[0] == "Microsoft.Extensions.Caching.Memory" && a[1].StartsWith("9.0.") && a[2] == "Default");
            Assert.Contains(assemblies, a => a[0] == "Microsoft.Extensions.Caching.Memory" && a[1].StartsWith("10.0.") && a[2] == "IntercomPS");
            Assert.Contains(assemblies, a => a[0] == "IntercomPS.Engine" && a[2] == "IntercomPS");
        }
    }

    internal static class ChildProcess
    {
        /// <summary>Runs a script in a fresh real pwsh; returns its stdout lines, failing on a non-zero exit.</summary>
        public static string[] RunPwsh(string scriptPath, params (string Name, string Value)[] environment)
        {
            using var process = PwshProcess.Start(new[] { "-File", scriptPath }, environment);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException("pwsh did not finish within 120 s");
            }
            var lines = stdout.Result.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"pwsh exited {process.ExitCode}\nstdout:\n{stdout.Result}\nstderr:\n{stderr.Result}");
            }
            return lines;
        }
    }
}
