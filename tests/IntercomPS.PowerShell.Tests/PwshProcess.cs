using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// The pinned real PowerShell (`dotnet pwsh`, .config/dotnet-tools.json) in a child process, started in the
    /// repository so the tool manifest is found. For tests whose subject is a fresh process (load order, kills).
    /// </summary>
    internal static class PwshProcess
    {
        /// <summary>Starts pwsh with output captured; <paramref name="arguments"/> follow -NoProfile -NonInteractive.</summary>
        public static Process Start(IEnumerable<string> arguments, params (string Name, string Value)[] environment)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryLayout.RepositoryRoot,
            };
            foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }
            // Escape sequences only help a terminal; the tests read plain text.
            start.Environment["NO_COLOR"] = "1";
            foreach (var (name, value) in environment) start.Environment[name] = value;
            return Process.Start(start)!;
        }

        /// <summary>Script text that imports the built module by its manifest, then runs <paramref name="command"/>.</summary>
        public static string WithModule(string command) =>
            $"Import-Module '{RepositoryLayout.ModuleManifest.Replace("'", "''")}' -ErrorAction Stop\n{command}";
    }
}
