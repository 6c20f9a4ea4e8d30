using System.IO;
using System.Reflection;

namespace IntercomPS.Isolation
{
    /// <summary>
    /// Keeps the module's dependencies (Polly, Microsoft.Extensions.*, System.Text.Json, ...) from clashing with the
    /// versions other modules (Az, Microsoft.Graph, PnP...) bring into the same session.
    /// <para>
    /// PowerShell 7 (.NET): the engine and its dependencies live in a private AssemblyLoadContext. Only the engine
    /// assemblies are handed to the default context when the cmdlet assembly asks for them. Every dependency that
    /// is not part of the runtime itself is loaded into the private context up front: a context consults its own
    /// loaded assemblies before the default context, so a foreign copy of, say, Polly.Core loaded earlier by
    /// another module can never be bound to our engine.
    /// </para>
    /// <para>
    /// Windows PowerShell 5.1 (.NET Framework): no load contexts; an AssemblyResolve handler serves the module's own
    /// copies from the dependencies folder, loaded with LoadFile. Not LoadFrom: in the LoadFrom context an assembly of
    /// the same identity that another module loaded first is bound instead of ours, and Polly.Core is 8.0.0.0 for every
    /// 8.x release, so the engine would run on an older Polly and fail on a missing method. Outside that context every
    /// dependency the binder cannot find in the host's own folder or the GAC comes to the handler, which answers
    /// only the module's own assemblies, never another module's.
    /// </para>
    /// The build targets netstandard2.0, so AssemblyLoadContext is reached through reflection.
    /// </summary>
    internal static class DependencyIsolation
    {
        private static readonly object Gate = new object();
        private static readonly HashSet<string> EngineAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "IntercomPS.Engine",
            "IntercomPS.Sandbox",
        };

        private static readonly Dictionary<string, Assembly> DesktopLoaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        private static bool _installed;
        private static string _dependencyDirectory = string.Empty;
        private static PrivateLoadContext? _loadContext;

        public static string DependencyDirectory => _dependencyDirectory;

        /// <summary>The private context's name, for diagnostics and tests; null on .NET Framework.</summary>
        public static string? LoadContextName => _loadContext?.Name;

        public static void Install()
        {
            lock (Gate)
            {
                if (_installed) return;
                var moduleDirectory = Path.GetDirectoryName(typeof(DependencyIsolation).Assembly.Location) ?? ".";
                _dependencyDirectory = Path.Combine(moduleDirectory, "dependencies");
                _loadContext = PrivateLoadContext.TryCreate("IntercomPS", _dependencyDirectory);
                _loadContext?.PreloadDependencies(EngineAssemblies);
                AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
                _installed = true;
            }
        }

        private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name ?? string.Empty;
            if (_loadContext != null)
            {
                // On .NET the private context resolves its own dependencies; the default context only needs the
                // engine assemblies the cmdlets reference.
                return EngineAssemblies.Contains(name) ? _loadContext.Load(name) : null;
            }

            // The engine assemblies are ours alone, whoever asks; a dependency only to the module's own assemblies.
            return EngineAssemblies.Contains(name) || IsModuleRequest(args.RequestingAssembly) ? LoadOwnCopy(name) : null;
        }

        /// <summary>The cmdlet assembly or one of the dependencies; no requester is named when a load is by name alone.</summary>
        private static bool IsModuleRequest(Assembly? requesting) =>
            requesting == null
            || requesting == typeof(DependencyIsolation).Assembly
            || (!requesting.IsDynamic && string.Equals(Path.GetDirectoryName(requesting.Location), _dependencyDirectory, StringComparison.OrdinalIgnoreCase));

        private static Assembly? LoadOwnCopy(string name)
        {
            lock (Gate)
            {
                if (DesktopLoaded.TryGetValue(name, out var loaded)) return loaded;
                var candidate = Path.Combine(_dependencyDirectory, name + ".dll");
                if (!File.Exists(candidate)) return null;
                loaded = Assembly.LoadFile(candidate);
                DesktopLoaded[name] = loaded;
                return loaded;
            }
        }
    }
}
