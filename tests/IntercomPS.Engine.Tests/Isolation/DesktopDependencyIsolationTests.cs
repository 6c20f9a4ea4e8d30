#if NETFRAMEWORK
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using IsolationProbe;

namespace IntercomPS.Engine.Tests.Isolation
{
    /// <summary>
    /// Windows PowerShell 5.1 has no AssemblyLoadContext: the module keeps its dependencies apart with an AssemblyResolve
    /// handler (src/IntercomPS/Isolation). A fresh AppDomain stands for the session: another module (Az, Graph,
    /// ExchangeOnline...) has already loaded and used older Polly.Core, Microsoft.Extensions.* and System.Text.Json;
    /// then the module is imported and used, then the other module again. Each must have run on its own copies.
    /// </summary>
    public class DesktopDependencyIsolationTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "intercomps-isolation-" + Guid.NewGuid().ToString("N"));

        private const string MonoBindsBySimpleName =
            "Mono binds a reference to an assembly of the same simple name already loaded in the domain, whatever its "
            + "version and load context, so the other module's System.Threading.Tasks.Extensions or Polly.Core is bound "
            + "to the engine; .NET Framework keeps assemblies loaded with Assembly.LoadFile out of the LoadFrom context "
            + "and binds by full identity.";

        private static readonly string[] Dependencies =
        {
            "Polly.Core", "System.Text.Json", "Microsoft.Extensions.Caching.Memory", "Microsoft.Extensions.Primitives",
            "System.Memory", "System.Threading.Tasks.Extensions",
        };

        [Fact]
        public void In_a_session_of_its_own_the_module_runs_on_the_dependencies_its_resolver_serves()
        {
            var session = LayOutSession();
            var domain = AppDomain.CreateDomain("Windows PowerShell session", null, new AppDomainSetup { ApplicationBase = session.Host });
            try
            {
                var probe = (Probe)domain.CreateInstanceFromAndUnwrap(session.Probe, typeof(Probe).FullName!);

                probe.ImportModule(session.Module);
                var module = probe.RunModule();
                var copies = probe.LoadedCopies(Dependencies.Concat(new[] { "IntercomPS.Engine", "IntercomPS.Sandbox" }).ToArray()).Select(c => c.Split('|')).ToList();

                Assert.Equal("status=OK;again=OK;fetches=1", module);
                // The runtime may provide System.Memory or System.Threading.Tasks.Extensions itself; the rest is ours.
                foreach (var name in new[] { "IntercomPS.Engine", "IntercomPS.Sandbox", "Polly.Core", "System.Text.Json", "Microsoft.Extensions.Caching.Memory" })
                {
                    var copy = Assert.Single(copies, c => c[0] == name);
                    Assert.StartsWith(session.ModuleDependencies, copy[2], StringComparison.Ordinal);
                }
            }
            finally
            {
                AppDomain.Unload(domain);
            }
        }

        [NotOnMonoFact(MonoBindsBySimpleName)]
        public void The_module_gets_its_own_dependency_versions_and_another_module_loaded_first_keeps_its_own()
        {
            // Polly.Core is 8.0.0.0 for every 8.x: the other module's 8.5.2 has the identity of the module's 8.9.1.
            RunSession(foreignWorkloads: new[] { "UsePolly", "UseJsonAndCache" }, sharedDependencies: new[]
            {
                "Polly.Core", "System.Text.Json", "Microsoft.Extensions.Caching.Memory", "Microsoft.Extensions.Primitives",
            });
        }

        /// <summary>
        /// The other module runs its workloads, the module is imported and runs, the other module runs again: each must
        /// work, and each of the shared dependencies must be loaded twice, the other module's copy and the module's.
        /// </summary>
        private void RunSession(string[] foreignWorkloads, string[] sharedDependencies)
        {
            var session = LayOutSession();
            var domain = AppDomain.CreateDomain("Windows PowerShell session", null, new AppDomainSetup { ApplicationBase = session.Host });
            try
            {
                var probe = (Probe)domain.CreateInstanceFromAndUnwrap(session.Probe, typeof(Probe).FullName!);

                var foreignBefore = foreignWorkloads.Select(w => probe.RunForeignModule(session.ForeignModule, w)).ToList();
                probe.ImportModule(session.Module);
                var module = probe.RunModule();
                var foreignAfter = foreignWorkloads.Select(w => probe.RunForeignModule(session.ForeignModule, w)).ToList();
                var copies = probe.LoadedCopies(sharedDependencies).Select(c => c.Split('|')).ToList();

                Assert.Equal("status=OK;again=OK;fetches=1", module);
                Assert.Equal(foreignBefore, foreignAfter);
                Assert.Contains(foreignBefore, r => r.Contains("json={\"answer\":42}") && r.Contains("cache=foreign") && r.Contains("System.Text.Json=9.0."));
                foreach (var name in sharedDependencies)
                {
                    var ofThisName = copies.Where(c => c[0] == name).ToList();
                    Assert.True(ofThisName.Count == 2, $"{name}: expected the other module's copy and the module's, found: {string.Join(", ", ofThisName.Select(c => c[2]))}");
                    var own = FileVersionOf(Path.Combine(session.ModuleDependencies, name + ".dll"));
                    Assert.Contains(ofThisName, c => c[2].StartsWith(session.ForeignDirectory, StringComparison.Ordinal) && c[1] != own);
                    Assert.Contains(ofThisName, c => c[2].StartsWith(session.ModuleDependencies, StringComparison.Ordinal) && c[1] == own);
                }
            }
            finally
            {
                AppDomain.Unload(domain);
            }
        }

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        private sealed class Session
        {
            public string Host = "", Probe = "", ForeignDirectory = "", ForeignModule = "", Module = "", ModuleDependencies = "";
        }

        /// <summary>The folders of a session: the host's own (nothing of either module), the probe, the other module, the module.</summary>
        private Session LayOutSession()
        {
            var built = typeof(DesktopDependencyIsolationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
            var session = new Session
            {
                Host = Directory.CreateDirectory(Path.Combine(_root, "host")).FullName,
                ForeignDirectory = Path.Combine(_root, "foreign") + Path.DirectorySeparatorChar,
                ModuleDependencies = Path.Combine(_root, "module", "dependencies") + Path.DirectorySeparatorChar,
            };
            session.Probe = CopyInto(typeof(Probe).Assembly.Location, Path.Combine(_root, "probe"));
            foreach (var file in Directory.GetFiles(built["ForeignModuleDirectory"]!, "*.dll")) CopyInto(file, session.ForeignDirectory);
            session.ForeignModule = Path.Combine(session.ForeignDirectory, "ForeignModule.dll");
            var moduleDirectory = built["ModuleDirectory"]!;
            session.Module = CopyInto(Path.Combine(moduleDirectory, "IntercomPS.dll"), Path.Combine(_root, "module"));
            foreach (var file in Directory.GetFiles(Path.Combine(moduleDirectory, "dependencies"), "*.dll")) CopyInto(file, session.ModuleDependencies);
            return session;
        }

        private static string CopyInto(string file, string directory)
        {
            Directory.CreateDirectory(directory);
            var target = Path.Combine(directory, Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
            return target;
        }

        private static string? FileVersionOf(string path) => System.Diagnostics.FileVersionInfo.GetVersionInfo(path).FileVersion;
    }
}
#endif
