using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using IntercomPS.TestSupport;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>What one script invocation produced, stream by stream.</summary>
    public sealed class ScriptResult
    {
        public IReadOnlyList<PSObject> Output { get; init; } = Array.Empty<PSObject>();
        public IReadOnlyList<ErrorRecord> Errors { get; init; } = Array.Empty<ErrorRecord>();
        public IReadOnlyList<string> Warnings { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> Verbose { get; init; } = Array.Empty<string>();
        public IReadOnlyList<string> Debug { get; init; } = Array.Empty<string>();
        public IReadOnlyList<ProgressRecord> Progress { get; init; } = Array.Empty<ProgressRecord>();
        public IReadOnlyList<InformationRecord> Information { get; init; } = Array.Empty<InformationRecord>();

        /// <summary>A terminating error thrown by the script, if any.</summary>
        public Exception? Terminating { get; init; }

        public IEnumerable<string> AllText()
        {
            foreach (var o in Output) yield return o?.ToString() ?? string.Empty;
            foreach (var e in Errors) { yield return e.ToString(); yield return e.Exception?.ToString() ?? string.Empty; }
            foreach (var w in Warnings) yield return w;
            foreach (var v in Verbose) yield return v;
            foreach (var d in Debug) yield return d;
            foreach (var i in Information) yield return i.MessageData?.ToString() ?? string.Empty;
            if (Terminating != null) yield return Terminating.ToString();
        }

        public T Single<T>() => (T)Output.Single().BaseObject;

        public ScriptResult AssertNoErrors()
        {
            if (Terminating != null) throw new Xunit.Sdk.XunitException("Script threw: " + Terminating);
            if (Errors.Count > 0) throw new Xunit.Sdk.XunitException("Script wrote errors:\n" + string.Join("\n", Errors.Select(e => e + " " + e.ScriptStackTrace)));
            return this;
        }
    }

    /// <summary>
    /// A runspace of the real PowerShell engine with the built module imported by its manifest, as a user's session
    /// would import it. Each instance is independent; the module's assemblies are shared by the process.
    /// </summary>
    public sealed class PowerShellSession : IDisposable
    {
        private readonly Runspace _runspace;
        private readonly StringWriter _hostOutput = new StringWriter();
        private readonly ConsoleHost _host;

        public PowerShellSession(bool importModule = true)
        {
            // ExecutionPolicy deliberately left unset: setting it throws on Linux.
            var state = InitialSessionState.CreateDefault2();
            _host = new ConsoleHost(_hostOutput, TextWriter.Null);
            _runspace = RunspaceFactory.CreateRunspace(_host, state);
            _runspace.Open();
            _runspace.SessionStateProxy.Path.SetLocation(RepositoryLayout.RepositoryRoot);
            Run("$PSStyle.OutputRendering = 'PlainText'").AssertNoErrors();
            if (importModule)
            {
                Run($"Import-Module '{RepositoryLayout.ModuleManifest}' -ErrorAction Stop").AssertNoErrors();
            }
        }

        public Runspace Runspace => _runspace;

        /// <summary>The host: set <see cref="ConsoleHost.AnswerChoice"/> to answer confirmation prompts, read PromptsShown to see them.</summary>
        public ConsoleHost Host => _host;

        /// <summary>Runs script text; never throws for script failures (see <see cref="ScriptResult.Terminating"/>).</summary>
        public ScriptResult Run(string script, IDictionary? parameters = null)
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = _runspace;
            ps.AddScript(script);
            if (parameters != null) ps.AddParameters(parameters);
            Exception? terminating = null;
            var output = new List<PSObject>();
            try
            {
                foreach (var item in ps.Invoke()) output.Add(item);
            }
            catch (RuntimeException ex)
            {
                terminating = ex;
            }
            return new ScriptResult
            {
                Output = output,
                Errors = ps.Streams.Error.ToList(),
                Warnings = ps.Streams.Warning.Select(w => w.Message).ToList(),
                Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
                Debug = ps.Streams.Debug.Select(d => d.Message).ToList(),
                Progress = ps.Streams.Progress.ToList(),
                Information = ps.Streams.Information.ToList(),
                Terminating = terminating ?? (ps.HadErrors && ps.InvocationStateInfo.Reason != null ? ps.InvocationStateInfo.Reason : null),
            };
        }

        /// <summary>
        /// Runs script text inside try/catch and returns the error that terminated it (a cmdlet's ThrowTerminatingError
        /// ends the statement, which catch sees; non-terminating errors are not caught). Fails if nothing was thrown.
        /// </summary>
        public ErrorRecord CatchTerminating(string script)
        {
            var result = Run("try {\n" + script + "\n} catch { $_ }");
            return result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().LastOrDefault()
                   ?? throw new Xunit.Sdk.XunitException("Expected a terminating error from: " + script + "\nOutput: " + string.Join(", ", result.AllText()));
        }

        /// <summary>What the host printed since the last call (-WhatIf lines, Out-Default), and forgets it.</summary>
        public string TakeHostOutput()
        {
            var text = _hostOutput.ToString();
            _hostOutput.GetStringBuilder().Clear();
            return text;
        }

        /// <summary>Runs script text piped to Out-Default and returns what the host printed (format views at work).</summary>
        public string RunFormatted(string script)
        {
            _hostOutput.GetStringBuilder().Clear();
            Run("& { " + script + " } | Out-Default").AssertNoErrors();
            return _hostOutput.ToString();
        }

        public void Dispose() => _runspace.Dispose();
    }
}
