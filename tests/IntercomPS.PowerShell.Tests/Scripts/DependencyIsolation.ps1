# Run by DependencyIsolationTests in a fresh real pwsh: another module's older copies of Polly.Core
# and Microsoft.Extensions.Caching.Memory are loaded and used first, then IntercomPS is imported and exercised.
$ErrorActionPreference = 'Stop'
$foreignDirectory = $env:INTERCOMPS_FOREIGN_DIR

$null = [System.Reflection.Assembly]::LoadFrom([IO.Path]::Combine($foreignDirectory, 'Polly.Core.dll'))
$null = [System.Reflection.Assembly]::LoadFrom([IO.Path]::Combine($foreignDirectory, 'Microsoft.Extensions.Caching.Memory.dll'))

$foreignPipeline = [Polly.ResiliencePipelineBuilder]::new().Build()
$foreignCache = [Microsoft.Extensions.Caching.Memory.MemoryCache]::new([Microsoft.Extensions.Caching.Memory.MemoryCacheOptions]::new())
$entry = $foreignCache.CreateEntry('answer'); $entry.Value = 'foreign'; $entry.Dispose()

Import-Module $env:INTERCOMPS_MANIFEST

# Transient server errors make the module's retry pipeline work; repeated lookups go through its cache.
Connect-Intercom -Sandbox -SandboxSettings @{ ServerErrorRate = 0.3; Seed = 5 } -RetryDelaySec 0 -MaxRetries 6
$admins = @(Get-IntercomAdmin)
$again = @(Get-IntercomAdmin -Id $admins[0].Id) + @(Get-IntercomAdmin -Id $admins[0].Id)

$cached = $null
$null = $foreignCache.TryGetValue('answer', [ref]$cached)
$foreignCount = $foreignPipeline.Execute([Func[int]] { 41 + 1 })

"foreign-pipeline=$foreignCount"
"foreign-cache=$cached"
"admins=$($admins.Count)"
"lookups=$($again.Count)"
foreach ($assembly in [AppDomain]::CurrentDomain.GetAssemblies()) {
    $name = $assembly.GetName().Name
    if ($name -in 'Polly.Core', 'Microsoft.Extensions.Caching.Memory', 'IntercomPS.Engine') {
        $context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name
        $version = [System.Diagnostics.FileVersionInfo]::GetVersionInfo($assembly.Location).FileVersion
        "assembly=$name|$version|$context"
    }
}
