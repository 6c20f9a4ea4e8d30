using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using IntercomPS.TestSupport;

namespace IntercomPS.Conformance.Tests.Spec
{
    /// <summary>
    /// The Prism copy of Intercom's description is generated from the vendored YAML and kept in the repository (so the
    /// engine tests need no Node); regenerating it must reproduce the vendored copy byte for byte.
    /// </summary>
    public sealed class PrismSpecCurrencyTests
    {
        [Fact]
        public void PrismSpecIsCurrent()
        {
            RepositoryLayout.RequirePrismCli(); // the generator's js-yaml comes from the same `npm ci`
            var regenerated = Path.Combine(Path.GetTempPath(), $"intercomps-prism-{Guid.NewGuid():N}.json");
            try
            {
                var start = new ProcessStartInfo("node")
                {
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    WorkingDirectory = RepositoryLayout.TestsFolder,
                };
                start.ArgumentList.Add(Path.Combine(RepositoryLayout.SpecFolder, RepositoryLayout.PrismSpecGeneratorFileName));
                start.ArgumentList.Add(Path.Combine(RepositoryLayout.SpecFolder, RepositoryLayout.DescriptionFileName));
                start.ArgumentList.Add(regenerated);
                using var node = Process.Start(start)!;
                var errors = node.StandardError.ReadToEnd();
                node.WaitForExit();
                Assert.True(node.ExitCode == 0, $"make-prism-spec.js failed ({node.ExitCode}): {errors}");

                var current = File.ReadAllBytes(RepositoryLayout.RequirePrismSpec());
                Assert.True(current.SequenceEqual(File.ReadAllBytes(regenerated)),
                    $"{RepositoryLayout.PrismSpecPath} is stale: regenerate it with make-prism-spec.js (see tests/spec/intercom-openapi/README.md).");
            }
            finally
            {
                File.Delete(regenerated);
            }
        }
    }
}
