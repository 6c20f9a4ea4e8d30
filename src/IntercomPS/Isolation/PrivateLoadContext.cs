using System.IO;
using System.Reflection;

namespace IntercomPS.Isolation
{
    /// <summary>
    /// A System.Runtime.Loader.AssemblyLoadContext driven through reflection, so that the netstandard2.0 build can
    /// use it when running on .NET and skip it on .NET Framework.
    /// </summary>
    internal sealed class PrivateLoadContext
    {
        private readonly object _context;
        private readonly MethodInfo _loadFromAssemblyPath;
        private readonly string _directory;
        private readonly object _loadGate = new object();

        private PrivateLoadContext(Type contextType, string name, string directory)
        {
            _directory = directory;
            var constructor = contextType.GetConstructor(new[] { typeof(string), typeof(bool) })
                              ?? throw new MissingMethodException(contextType.FullName, ".ctor(string, bool)");
            _context = constructor.Invoke(new object[] { name, false });
            _loadFromAssemblyPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })
                                    ?? throw new MissingMethodException(contextType.FullName, "LoadFromAssemblyPath");
            Name = name;
            SubscribeToResolving(contextType);
        }

        public string Name { get; }

        public static PrivateLoadContext? TryCreate(string name, string directory)
        {
            var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            return contextType == null ? null : new PrivateLoadContext(contextType, name, directory);
        }

        /// <summary>Loads every dependency that the runtime does not itself provide into this context.</summary>
        public void PreloadDependencies(ICollection<string> loadLazily)
        {
            if (!Directory.Exists(_directory)) return;
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
            foreach (var path in Directory.GetFiles(_directory, "*.dll"))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                // Runtime assemblies (System.Memory, System.Text.Json on .NET 8+...) must stay shared: two copies of
                // Span<T> or JsonElement would not be the same type. When the runtime's copy is older than ours the
                // default context declines it and the Resolving handler below serves ours.
                if (loadLazily.Contains(name) || File.Exists(Path.Combine(runtimeDirectory, name + ".dll"))) continue;
                Load(name);
            }
        }

        public Assembly? Load(string simpleName)
        {
            var path = Path.Combine(_directory, simpleName + ".dll");
            if (!File.Exists(path)) return null;
            lock (_loadGate)
            {
                foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
                {
                    if (!loaded.IsDynamic && string.Equals(loaded.Location, path, StringComparison.OrdinalIgnoreCase))
                    {
                        return loaded;
                    }
                }
                return (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path });
            }
        }

        private void SubscribeToResolving(Type contextType)
        {
            var resolving = contextType.GetEvent("Resolving");
            if (resolving?.EventHandlerType == null) return;
            var handler = typeof(PrivateLoadContext).GetMethod(nameof(OnResolving), BindingFlags.Instance | BindingFlags.NonPublic)!;
            // Func<AssemblyLoadContext, AssemblyName, Assembly?> binds to (object, AssemblyName) by contravariance.
            resolving.AddEventHandler(_context, Delegate.CreateDelegate(resolving.EventHandlerType, this, handler));
        }

        private Assembly? OnResolving(object context, AssemblyName name) => Load(name.Name ?? string.Empty);
    }
}
