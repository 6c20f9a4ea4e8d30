using System.Management.Automation;

namespace IntercomPS.Isolation
{
    /// <summary>PowerShell calls this when the module is imported, before any cmdlet touches the engine.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyIsolation.Install();

        public void OnRemove(PSModuleInfo psModuleInfo) => Infrastructure.SessionConnections.DisconnectAll();
    }
}
