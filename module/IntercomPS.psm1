# Loads the binary module. The cmdlet assembly's types derive from and take engine types, and PowerShell reflects over
# them while importing, before any of the assembly's own code could run. So the dependency resolver (a private
# AssemblyLoadContext on PowerShell 7, an AssemblyResolve handler on Windows PowerShell 5.1) is installed first, and
# only then are the cmdlets imported.
$assemblyPath = [System.IO.Path]::Combine($PSScriptRoot, '..', 'bin', 'IntercomPS.dll')
$assembly = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::GetFullPath($assemblyPath))
[IntercomPS.Isolation.ModuleInitializer]::new().OnImport()
Import-Module -Assembly $assembly -Force
