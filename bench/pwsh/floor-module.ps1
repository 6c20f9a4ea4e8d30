<#
Writes a binary module with as many cmdlets as IntercomPS exports, each of them empty (one id parameter, bound by
property name and aliased, as most IntercomPS cmdlets have), no dependencies and no format file. Its import time is
what PowerShell itself spends on a binary module of this size: the floor under IntercomPS's own import.
#>
param(
    [Parameter(Mandatory)] [string] $Manifest,
    [Parameter(Mandatory)] [string] $Directory
)
$ErrorActionPreference = 'Stop'
$count = (Import-PowerShellDataFile -Path $Manifest).CmdletsToExport.Count
$cmdlets = foreach ($i in 1..$count) {
    "[Cmdlet(VerbsCommon.Get, ""BenchFloor$i"")] public sealed class GetBenchFloor${i}Command : PSCmdlet { " +
    "[Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)] [Alias(""ThingId"")] public string Id { get; set; } " +
    "protected override void ProcessRecord() { WriteObject(Id); } }"
}
$source = "using System.Management.Automation;`nnamespace BenchFloor {`n" + ($cmdlets -join "`n") + "`n}"
Add-Type -TypeDefinition $source -OutputAssembly (Join-Path $Directory 'BenchFloor.dll') -OutputType Library
$names = (1..$count | ForEach-Object { "'Get-BenchFloor$_'" }) -join ', '
Set-Content -Path (Join-Path $Directory 'BenchFloor.psd1') -Value "@{ ModuleVersion = '1.0'; NestedModules = @('BenchFloor.dll'); CmdletsToExport = @($names) }"
[Console]::Out.WriteLine('BENCH-RESULT {"cmdlets": ' + $count + '}')
