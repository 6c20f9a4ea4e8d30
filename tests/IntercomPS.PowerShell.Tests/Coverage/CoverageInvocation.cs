using System.Collections.Generic;
using System.Management.Automation.Language;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.PowerShell.Tests.Coverage
{
    /// <summary>One entry of a tests/coverage/*.coverage.ps1 file, and what running it did.</summary>
    public sealed class CoverageInvocation
    {
        public CoverageInvocation(string file, int index, string cmdlet, string script, string token, IReadOnlyList<string> errors)
        {
            File = file;
            Index = index;
            Cmdlet = cmdlet;
            ScriptText = script;
            Script = Parser.ParseInput(script, out _, out _);
            Token = token;
            Errors = errors;
        }

        /// <summary>The declaring file's name, e.g. contacts.coverage.ps1.</summary>
        public string File { get; }

        /// <summary>The entry's position in its file (0-based).</summary>
        public int Index { get; }

        /// <summary>The cmdlet the entry says it exercises: every request the script sends is counted as that cmdlet's.</summary>
        public string Cmdlet { get; }

        public string ScriptText { get; }

        public ScriptBlockAst Script { get; }

        /// <summary>The fake access token of the invocation's connection: the proxy tells its requests by it.</summary>
        public string Token { get; }

        /// <summary>Errors the script wrote or threw; empty when it ran cleanly.</summary>
        public IReadOnlyList<string> Errors { get; }

        /// <summary>The requests the script sent, as the recording proxy saw them.</summary>
        public List<RecordedExchange> Exchanges { get; } = new List<RecordedExchange>();

        /// <summary>How a failure message names the entry: file, position, cmdlet and script.</summary>
        public override string ToString() => $"{File} #{Index} ({Cmdlet}): {{ {ScriptText.Trim()} }}";
    }
}
