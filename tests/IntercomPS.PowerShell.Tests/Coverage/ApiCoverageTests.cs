using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using IntercomPS.TestSupport;
using IntercomPS.TestSupport.Prism;
using IntercomPS.TestSupport.Spec;

namespace IntercomPS.PowerShell.Tests.Coverage
{
    /// <summary>
    /// Every cmdlet run against Prism, which validates each request against Intercom's OpenAPI description: the
    /// requests must be valid, the invocations clean, every exported cmdlet exercised, and docs/api-coverage.md must
    /// say which operations the cmdlets send (regenerated with INTERCOMPS_WRITE_COVERAGE=1).
    /// </summary>
    [Trait("Category", "Conformance")]
    public sealed class ApiCoverageTests : IClassFixture<ApiCoverageRun>
    {
        public const string WriteVariable = "INTERCOMPS_WRITE_COVERAGE";

        private readonly ApiCoverageRun _run;

        public ApiCoverageTests(ApiCoverageRun run) => _run = run;

        private static OpenApiDescription Spec => OpenApiDescription.Intercom;

        private IEnumerable<RecordedExchange> AllExchanges => _run.Invocations.SelectMany(i => i.Exchanges).Concat(_run.Unattributed);

        [Fact]
        public void Every_coverage_file_is_a_list_of_invocations()
        {
            Assert.True(_run.FileProblems.Count == 0, string.Join("\n", _run.FileProblems));
            Assert.NotEmpty(_run.Invocations);
        }

        [Fact]
        public void Every_invocation_runs_without_error()
        {
            var failed = _run.Invocations.Where(i => i.Errors.Count > 0)
                .Select(i => $"{i}\n  " + string.Join("\n  ", i.Errors)).ToList();
            Assert.True(failed.Count == 0, $"{failed.Count} invocation(s) failed against Prism:\n" + string.Join("\n", failed));
        }

        [Fact]
        public void Every_invocation_sends_a_request()
        {
            var silent = _run.Invocations.Where(i => i.Errors.Count == 0 && i.Exchanges.Count == 0).Select(i => i.ToString()).ToList();
            Assert.True(silent.Count == 0,
                "These invocations sent nothing (a -WhatIf, a cache hit, a missing parameter?). A cmdlet that never sends " +
                $"a request belongs in tests/coverage/{CoverageDeclarations.SendsNothingFile} instead:\n" + string.Join("\n", silent));
        }

        [Fact]
        public void Every_invocation_calls_its_cmdlet_and_no_other_that_sends_requests()
        {
            var exported = new HashSet<string>(_run.ExportedCmdlets, StringComparer.OrdinalIgnoreCase);
            var sendsNothing = CoverageDeclarations.SendsNothing();
            var problems = new List<string>();
            foreach (var invocation in _run.Invocations)
            {
                if (!exported.Contains(invocation.Cmdlet))
                {
                    problems.Add($"{invocation}: the module exports no cmdlet '{invocation.Cmdlet}'.");
                    continue;
                }
                var called = invocation.Script.FindAll(ast => ast is CommandAst, searchNestedScriptBlocks: true)
                    .Select(ast => ((CommandAst)ast).GetCommandName())
                    .Where(name => name != null && exported.Contains(name))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                if (!called.Contains(invocation.Cmdlet, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add($"{invocation}: does not call {invocation.Cmdlet}.");
                }
                var others = called.Where(name => !name!.Equals(invocation.Cmdlet, StringComparison.OrdinalIgnoreCase) && !sendsNothing.ContainsKey(name)).ToList();
                if (others.Count > 0)
                {
                    problems.Add($"{invocation}: also calls {string.Join(", ", others)}, whose requests would be counted as {invocation.Cmdlet}'s. " +
                                 "Pipe literal objects instead (e.g. [pscustomobject]@{ Id = '...' }).");
                }
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Prism_finds_every_request_valid()
        {
            var defects = CoverageDeclarations.SpecDefects();
            var excused = new HashSet<string>(StringComparer.Ordinal);
            bool Excused(RecordedExchange exchange)
            {
                var operation = Spec.Match(exchange.Method, exchange.Path);
                foreach (var defect in defects.Keys)
                {
                    var member = defect.Substring(defect.IndexOf('[') + 1).TrimEnd(']');
                    if (operation != null && defect.StartsWith(operation + " [", StringComparison.Ordinal) && exchange.Violation!.Contains("[" + member + "]")
                        && exchange.Violation.Split('\n').Count(line => line.Contains(" [")) == 1)
                    {
                        excused.Add(defect);
                        return true;
                    }
                }
                return false;
            }
            var invalid = AllExchanges.Where(e => e.Violation != null && !Excused(e)).Select(e => $"{Sender(e)}\n  {e.Describe().Replace("\n", "\n  ")}").ToList();
            Assert.True(invalid.Count == 0,
                $"Prism found {invalid.Count} request(s) invalid per Intercom's OpenAPI 2.16 description:\n" + string.Join("\n", invalid));
            var stale = defects.Keys.Where(defect => !excused.Contains(defect)).ToList();
            Assert.True(stale.Count == 0, $"{CoverageDeclarations.SpecDefectsFile} excuses what no request needs; remove: " + string.Join(", ", stale));
        }

        [Fact]
        public void Every_request_is_an_operation_of_the_description()
        {
            var unknown = AllExchanges.Where(e => Spec.Match(e.Method, e.Path) == null)
                .Select(e => $"{Sender(e)}: {e.Method} {e.Uri.PathAndQuery}").Distinct().ToList();
            Assert.True(unknown.Count == 0, "No operation of the description has these methods and paths:\n" + string.Join("\n", unknown));
        }

        [Fact]
        public void Every_exported_cmdlet_is_invoked_or_listed_as_sending_nothing()
        {
            var sendsNothing = CoverageDeclarations.SendsNothing();
            var invoked = new HashSet<string>(_run.Invocations.Select(i => i.Cmdlet), StringComparer.OrdinalIgnoreCase);
            var exported = new HashSet<string>(_run.ExportedCmdlets, StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            problems.AddRange(_run.ExportedCmdlets.Where(c => !invoked.Contains(c) && !sendsNothing.ContainsKey(c))
                .Select(c => $"{c} has no invocation in tests/coverage/{ApiCoverageRun.FilePattern} (see tests/coverage/README.md)."));
            problems.AddRange(sendsNothing.Keys.Where(c => !exported.Contains(c))
                .Select(c => $"{c} is listed in {CoverageDeclarations.SendsNothingFile} but the module does not export it."));
            problems.AddRange(sendsNothing.Keys.Where(invoked.Contains)
                .Select(c => $"{c} is listed in {CoverageDeclarations.SendsNothingFile} and also has invocations: it sends requests, so take it off the list."));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void Reasons_are_given_only_for_operations_no_cmdlet_sends()
        {
            var typed = TypedBy();
            var routes = new HashSet<string>(Spec.Operations.Select(op => op.ToString()), StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var route in CoverageDeclarations.NotTyped().Keys)
            {
                if (!routes.Contains(route)) problems.Add($"'{route}' is not an operation of the description (write it as \"GET /contacts/{{contact_id}}\").");
                else if (typed.TryGetValue(route, out var cmdlets)) problems.Add($"'{route}' is sent by {string.Join(", ", cmdlets)}: remove its reason.");
            }
            Assert.True(problems.Count == 0, $"tests/coverage/{CoverageDeclarations.NotTypedFile}:\n" + string.Join("\n", problems));
        }

        [Fact]
        public void Api_coverage_document_is_current()
        {
            var generated = ApiCoverageDocument.Render(Spec.Operations, TypedBy(), CoverageDeclarations.NotTyped());
            var path = Path.Combine(RepositoryLayout.RepositoryRoot, ApiCoverageDocument.RelativePath);
            if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
            {
                File.WriteAllText(path, generated);
                return;
            }
            var current = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
            Assert.True(current == generated,
                $"{ApiCoverageDocument.RelativePath} is {(current == null ? "missing" : "stale")}. Regenerate it: " +
                $"{WriteVariable}=1 dotnet test tests/IntercomPS.PowerShell.Tests -c Release --filter \"FullyQualifiedName~ApiCoverageTests\"");
        }

        /// <summary>Operation → the cmdlets whose invocations sent it (a cmdlet in <see cref="CoverageDeclarations.UntypedCmdlets"/> types nothing).</summary>
        private Dictionary<string, SortedSet<string>> TypedBy()
        {
            var typed = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var invocation in _run.Invocations.Where(i => !CoverageDeclarations.UntypedCmdlets.Contains(i.Cmdlet, StringComparer.OrdinalIgnoreCase)))
            {
                foreach (var exchange in invocation.Exchanges.Where(e => e.Violation == null))
                {
                    var operation = Spec.Match(exchange.Method, exchange.Path);
                    if (operation == null) continue;
                    if (!typed.TryGetValue(operation.ToString(), out var cmdlets)) typed[operation.ToString()] = cmdlets = new SortedSet<string>(StringComparer.Ordinal);
                    cmdlets.Add(_run.ExportedCmdlets.FirstOrDefault(name => name.Equals(invocation.Cmdlet, StringComparison.OrdinalIgnoreCase)) ?? invocation.Cmdlet);
                }
            }
            return typed;
        }

        private string Sender(RecordedExchange exchange) =>
            _run.Invocations.FirstOrDefault(i => i.Exchanges.Contains(exchange))?.ToString() ?? "Connect-Intercom before an invocation";
    }
}
