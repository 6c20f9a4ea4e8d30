using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace IntercomPS.Shell
{
    /// <summary>
    /// Usage: ipsh [-NoModule] [-File script.ps1 [arguments] | -Command "script text" | script text...]
    /// Imports IntercomPS.psd1 from the repository root (unless -NoModule), runs the script, prints its output
    /// through Out-Default.
    /// Exit code 1 when the script wrote errors or threw.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var importModule = !(args.Length > 0 && args[0].Equals("-NoModule", StringComparison.OrdinalIgnoreCase));
            var script = ReadScript(importModule ? args : args.Skip(1).ToArray());
            if (script == null)
            {
                Console.Error.WriteLine("Usage: ipsh -Command \"<script>\" | -File <path.ps1>");
                return 2;
            }

            var host = new ConsoleHost();
            using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
            runspace.Open();
            var root = FindRepoRoot();
            runspace.SessionStateProxy.Path.SetLocation(Directory.GetCurrentDirectory());

            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            runspace.SessionStateProxy.SetVariable("IntercomPSManifest", Path.Combine(root, "IntercomPS.psd1"));
            var import = importModule ? "Import-Module $IntercomPSManifest -ErrorAction Stop\n" : string.Empty;
            // Escape sequences only help a terminal; logs and pipes get plain text.
            if (Console.IsOutputRedirected) import = "$PSStyle.OutputRendering = 'PlainText'\n" + import;
            // Errors are merged into the output so Out-Default prints them where they happened.
            ps.AddScript("& {\n" + import + script + "\n} 2>&1 | Out-Default");
            try
            {
                ps.Invoke();
            }
            catch (RuntimeException ex)
            {
                host.UI.WriteErrorLine(ex.ErrorRecord?.ToString() ?? ex.Message);
                return 1;
            }
            // A script's own exit code wins (scheduled-task scripts report failure with exit N).
            if (runspace.SessionStateProxy.GetVariable("IntercomPSExitCode") is int exitCode && exitCode != 0) return exitCode;
            return ps.HadErrors ? 1 : 0;
        }

        private static string? ReadScript(string[] args)
        {
            if (args.Length == 0) return null;
            // A script file runs as a script (its param block binds the rest of the command line, as pwsh -File does).
            if (args[0].Equals("-File", StringComparison.OrdinalIgnoreCase) && args.Length > 1)
            {
                var path = Path.GetFullPath(args[1]).Replace("'", "''");
                return $"& '{path}' {string.Join(" ", args.Skip(2))}\nif ($LASTEXITCODE) {{ $global:IntercomPSExitCode = $LASTEXITCODE }}";
            }
            if (args[0].Equals("-Command", StringComparison.OrdinalIgnoreCase)) return string.Join(" ", args.Skip(1));
            return string.Join(" ", args);
        }

        private static string FindRepoRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                var dir = new DirectoryInfo(start);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "IntercomPS.psd1"))) dir = dir.Parent;
                if (dir != null) return dir.FullName;
            }
            throw new InvalidOperationException("Run ipsh from inside the IntercomPS repository (IntercomPS.psd1 not found).");
        }
    }
}
