using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace IntercomPS.Bench
{
    /// <summary>A runspace of the real PowerShell engine with the built module imported by its manifest, as a user's session imports it.</summary>
    internal sealed class ModuleSession : IDisposable
    {
        private readonly Runspace _runspace;

        public ModuleSession(bool importModule = true)
        {
            _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            _runspace.Open();
            _runspace.SessionStateProxy.Path.SetLocation(BenchPaths.RepoRoot);
            if (importModule) ImportModule();
        }

        public void ImportModule() => Run("param($Manifest) Import-Module $Manifest -ErrorAction Stop", new Hashtable { ["Manifest"] = BenchPaths.Manifest });

        /// <summary>Connects the session's default connection to a loopback sandbox as to any Intercom API root.</summary>
        public void Connect(Uri baseUri, string token) =>
            Run("param($Uri, $Token) Connect-Intercom -AccessToken $Token -BaseUri $Uri", new Hashtable { ["Uri"] = baseUri, ["Token"] = token });

        /// <summary>Runs script text; any error (terminating or not) fails the benchmark, since its figures would be meaningless.</summary>
        public IReadOnlyList<PSObject> Run(string script, IDictionary? parameters = null)
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = _runspace;
            ps.AddScript(script);
            if (parameters != null) ps.AddParameters(parameters);
            var output = ps.Invoke();
            if (ps.Streams.Error.Count > 0)
            {
                var errors = string.Join(Environment.NewLine, ps.Streams.Error.Take(5).Select(e => e + " " + e.ScriptStackTrace));
                throw new BenchmarkFailure($"The script wrote {ps.Streams.Error.Count} error(s):{Environment.NewLine}{errors}{Environment.NewLine}Script: {script}");
            }
            return output;
        }

        /// <summary>Runs a script whose last output is a count.</summary>
        public long RunCount(string script, IDictionary? parameters = null)
        {
            var output = Run(script, parameters);
            if (output.Count == 0) throw new BenchmarkFailure("The script returned nothing: " + script);
            return Convert.ToInt64(output[output.Count - 1].BaseObject, System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Dispose() => _runspace.Dispose();
    }

    /// <summary>A run whose figures cannot be trusted (wrong count, errors, a peer that failed).</summary>
    internal sealed class BenchmarkFailure : Exception
    {
        public BenchmarkFailure(string message) : base(message) { }
    }
}
