using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IsolationProbe
{
    /// <summary>Driven across the AppDomain boundary by the test: loads modules in the order a session would.</summary>
    public sealed class Probe : MarshalByRefObject
    {
        public string RunForeignModule(string assemblyPath, string method)
        {
            var workload = Assembly.LoadFrom(assemblyPath).GetType("ForeignModule.ForeignWorkload", throwOnError: true)!;
            return (string)workload.GetMethod(method)!.Invoke(null, null)!;
        }

        /// <summary>What the module's import does first (ModuleInitializer.OnImport), without PowerShell itself.</summary>
        public void ImportModule(string moduleAssemblyPath)
        {
            var isolation = Assembly.LoadFrom(moduleAssemblyPath).GetType("IntercomPS.Isolation.DependencyIsolation", throwOnError: true)!;
            isolation.GetMethod("Install", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, null);
        }

        /// <summary>The engine's retry pipeline (Polly), JSON (System.Text.Json) and cache (Microsoft.Extensions.Caching.Memory).</summary>
        [MethodImpl(MethodImplOptions.NoInlining)] // the engine must not be bound before ImportModule has run
        public string RunModule()
        {
            using (var workspace = new SandboxWorkspace(new SandboxOptions { ContactCount = 5, ConversationCount = 5, CompanyCount = 2 }))
            using (var client = new IntercomClient(new IntercomClientOptions(new Uri("https://api.intercom.test/"), workspace.Options.AccessToken)
                   {
                       Handler = workspace.CreateHandler(),
                   }))
            using (var cache = new ObjectCache(10, TimeSpan.FromMinutes(1), TimeProvider.System))
            {
                var fetches = 0;
                Task<string> Fetch(CancellationToken token)
                {
                    Interlocked.Increment(ref fetches);
                    return client.SendAsync(new ApiRequest(HttpMethod.Get, "me"), token).ContinueWith(t => t.Result.StatusCode.ToString(), token);
                }
                var first = cache.GetOrFetchAsync("me", Fetch, false, CancellationToken.None).GetAwaiter().GetResult();
                var second = cache.GetOrFetchAsync("me", Fetch, false, CancellationToken.None).GetAwaiter().GetResult();
                return $"status={first};again={second};fetches={fetches}";
            }
        }

        /// <summary>Every copy of the named assemblies in this domain: name|file version|path.</summary>
        public string[] LoadedCopies(string[] names) =>
            AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => !a.IsDynamic && names.Contains(a.GetName().Name))
                .Select(a => $"{a.GetName().Name}|{FileVersionInfo.GetVersionInfo(a.Location).FileVersion}|{a.Location}")
                .ToArray();
    }
}
