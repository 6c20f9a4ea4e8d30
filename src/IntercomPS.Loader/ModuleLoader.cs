using System.Management.Automation;
using IntercomPS.Isolation;

namespace IntercomPS.Loader
{
    /// <summary>
    /// Runs when PowerShell imports the manifest's nested module, which it does before the root module: by the time
    /// PowerShell reads the cmdlet assembly's types, the engine and its dependencies resolve to the module's own copies.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer
    {
        public void OnImport() => new ModuleInitializer().OnImport();
    }
}
