# Run by ApiCoverageRun in a fresh real pwsh: imports the module, then runs each invocation that the files
# tests/coverage/*.coverage.ps1 declare, each on a connection of its own to the recording proxy in front of Prism, and
# writes what happened as JSON. The proxy tells the invocations' requests apart by their connections' tokens; the
# checkpoint after each Connect-Intercom marks where the invocation's own requests begin.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$CoverageBaseUri = $env:INTERCOMPS_COVERAGE_BASE_URI

Import-Module $env:INTERCOMPS_MANIFEST
$result = [ordered]@{
    Exported    = @((Get-Module IntercomPS).ExportedCmdlets.Keys | Sort-Object)
    Problems    = [System.Collections.Generic.List[string]]::new()
    Invocations = [System.Collections.Generic.List[object]]::new()
}

foreach ($coverageFile in Get-ChildItem -LiteralPath $env:INTERCOMPS_COVERAGE_FOLDER -Filter $env:INTERCOMPS_COVERAGE_FILTER | Sort-Object Name) {
    $fileName = $coverageFile.Name
    try {
        # Run in a scope of its own, as every invocation is: nothing one file defines reaches the next.
        $entries = @(& $coverageFile.FullName)
    }
    catch {
        $result.Problems.Add("$fileName could not be run: $_")
        continue
    }

    for ($index = 0; $index -lt $entries.Count; $index++) {
        $entry = $entries[$index]
        if ($entry -isnot [System.Collections.IDictionary] -or $entry.Count -ne 2 -or $entry['Cmdlet'] -isnot [string] -or $entry['Script'] -isnot [scriptblock]) {
            $result.Problems.Add("$fileName #${index}: expected @{ Cmdlet = '<Verb-Noun>'; Script = { ... } }, got: $($entry | Out-String)".TrimEnd())
            continue
        }
        $token = "coverage-$fileName-$index"
        $CoverageToken = ConvertTo-SecureString $token -AsPlainText -Force
        $CoverageOutput = Join-Path $env:INTERCOMPS_COVERAGE_OUTPUT "$fileName-$index"
        $null = New-Item -ItemType Directory -Path $CoverageOutput -Force
        $errors = [System.Collections.Generic.List[string]]::new()
        try {
            Connect-Intercom -AccessToken $CoverageToken -BaseUri $CoverageBaseUri
            $null = Invoke-WebRequest -Method Post -Uri "$CoverageBaseUri$env:INTERCOMPS_COVERAGE_CHECKPOINT" -Headers @{ Authorization = "Bearer $token" }
        }
        catch {
            $errors.Add("Connect-Intercom (before the invocation) failed: $_")
        }
        if ($errors.Count -eq 0) {
            $ErrorActionPreference = 'Continue'
            try {
                & $entry.Script 2>&1 | ForEach-Object {
                    if ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add("$_ ($($_.FullyQualifiedErrorId))") }
                }
            }
            catch {
                $errors.Add("threw: $_ ($($_.FullyQualifiedErrorId))")
            }
            $ErrorActionPreference = 'Stop'
        }
        $result.Invocations.Add([ordered]@{ File = $fileName; Index = $index; Cmdlet = $entry.Cmdlet; Script = $entry.Script.ToString(); Token = $token; Errors = $errors })
        # The next invocation starts without a connection, whatever this one did to it.
        try { Disconnect-Intercom } catch { }
    }
}

$result | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $env:INTERCOMPS_COVERAGE_RESULT -Encoding utf8
