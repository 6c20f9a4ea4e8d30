namespace IntercomPS.Isolation
{
    /// <summary>
    /// Installs dependency isolation on import (module/IntercomPS.psm1 calls it before importing the cmdlets, since
    /// PowerShell reflects over them first), and closes every connection when the module is removed.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyIsolation.Install();

        public void OnRemove(PSModuleInfo psModuleInfo) => Infrastructure.SessionConnections.DisconnectAll();
    }
}
