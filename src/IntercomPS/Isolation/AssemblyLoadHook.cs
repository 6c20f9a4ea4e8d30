using System.Runtime.CompilerServices;

namespace IntercomPS.Isolation
{
    /// <summary>
    /// Installs dependency isolation the moment this assembly loads, before PowerShell reflects over the cmdlet
    /// types (their parameter and base types come from the engine, which only the isolation resolver can find).
    /// IModuleAssemblyInitializer.OnImport would run too late for that on some PowerShell versions.
    /// </summary>
    internal static class AssemblyLoadHook
    {
        [ModuleInitializer]
        internal static void OnAssemblyLoad() => DependencyIsolation.Install();
    }
}

namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks the attribute; the compiler only needs one with this name, and every CLR (Framework and
    // .NET) runs module initializers.
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class ModuleInitializerAttribute : Attribute
    {
    }
}
