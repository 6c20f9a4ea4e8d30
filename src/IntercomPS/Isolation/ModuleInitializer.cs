namespace IntercomPS.Isolation
{
    /// <summary>
    /// Installs dependency isolation on import (the manifest's nested module, IntercomPS.Loader, calls it before
    /// PowerShell imports the cmdlets, since PowerShell reflects over them first), and closes every connection when the
    /// module is removed.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => DependencyIsolation.Install();

        public void OnRemove(PSModuleInfo psModuleInfo) => Infrastructure.SessionConnections.DisconnectAll();
    }
}
