# Loads the binary module. The cmdlet assembly's types derive from and take engine types, and PowerShell reflects over
# them while importing, before any of the assembly's own code could run. So the dependency resolver (a private
# AssemblyLoadContext on PowerShell 7, an AssemblyResolve handler on Windows PowerShell 5.1) is installed first, and
# only then are the cmdlets imported.
$assemblyPath = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', 'bin', 'IntercomPS.dll'))
$assembly = [System.Reflection.Assembly]::LoadFrom($assemblyPath)
[IntercomPS.Isolation.ModuleInitializer]::new().OnImport()
# By path, not `-Assembly $assembly`: a module imported from an Assembly object is keyed by the assembly, so after
# `Import-Module IntercomPS -Force` (or Remove-Module) the second import of the same loaded assembly exported its
# cmdlets nowhere and the module was left with 0 commands. Importing by path yields a fresh binary module each time.
Import-Module $assemblyPath
