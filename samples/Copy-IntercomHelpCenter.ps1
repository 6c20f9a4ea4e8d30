<#
.SYNOPSIS
    Backs up a workspace's help center (collections and articles) to one file, and restores it into another
    workspace: the migration or backup an admin runs before reorganising a knowledge base.
.DESCRIPTION
    Without -Restore, reads every collection and article of the workspace and writes them to -Path (Export-Clixml,
    so the file keeps their types' fields). With -Restore, reads that file and creates its collections, parents before
    children, then its articles, in the workspace of -Connection (or the session's). Ids differ between workspaces: the
    script maps each backed-up collection to its copy, so every article lands in the copy of its collection and every
    collection under the copy of its parent. Admins differ too: the copies' author is -AuthorId, an admin of the
    target workspace. Run -Restore with -WhatIf first: it creates nothing and shows each create it would make.
    The summary (collections and articles backed up or created) is returned as an object.
.EXAMPLE
    Connect-Intercom -Sandbox
    ./samples/Copy-IntercomHelpCenter.ps1 -Path ./help-center.xml
    Backs up the sandbox workspace's collections and articles to help-center.xml.
.EXAMPLE
    $target = Connect-Intercom -Sandbox -PassThru
    $author = (Get-IntercomAdmin -Connection $target | Select-Object -First 1).Id
    ./samples/Copy-IntercomHelpCenter.ps1 -Path ./help-center.xml -Restore -AuthorId $author -Connection $target -WhatIf
    ./samples/Copy-IntercomHelpCenter.ps1 -Path ./help-center.xml -Restore -AuthorId $author -Connection $target
    Previews the restore into another workspace, then creates the copies there.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Backup')]
param(
    [Parameter(Mandatory)]
    [string] $Path,

    [Parameter(Mandatory, ParameterSetName = 'Restore')]
    [switch] $Restore,

    # The admin of the target workspace who authors the copied articles.
    [Parameter(Mandatory, ParameterSetName = 'Restore')]
    [long] $AuthorId,

    # The help center of the target workspace that receives the collections (the workspace's default when omitted).
    [Parameter(ParameterSetName = 'Restore')]
    [long] $HelpCenterId,

    # The workspace to read or write (Connect-Intercom -PassThru); the session's connection when omitted.
    [object] $Connection
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module IntercomPS)) { Import-Module (Join-Path (Split-Path $PSScriptRoot) 'IntercomPS.psd1') }
$on = @{}
if ($Connection) { $on.Connection = $Connection }

if (-not $Restore) {
    $backup = [pscustomobject]@{
        Collections = @(Get-IntercomCollection @on)
        Articles    = @(Get-IntercomArticle @on)
    }
    $backup | Export-Clixml -Path $Path -Depth 5
    return [pscustomobject]@{ Path = $Path; Collections = $backup.Collections.Count; Articles = $backup.Articles.Count }
}

$backup = Import-Clixml -Path $Path
$backedUpIds = @($backup.Collections | ForEach-Object { [string]$_.Id })
# Old collection id -> id of its copy in the target workspace.
$copyOf = @{}
$created = [pscustomobject]@{ Collections = 0; Articles = 0 }

# Parents before children: each pass creates the collections whose parent is copied already or was not backed up.
$pending = [System.Collections.Generic.List[object]]::new()
foreach ($collection in $backup.Collections) { $pending.Add($collection) }
while ($pending.Count -gt 0) {
    $ready = @($pending | Where-Object {
            $parent = [string]$_.ParentId
            -not $parent -or $copyOf.ContainsKey($parent) -or $backedUpIds -notcontains $parent -or $WhatIfPreference
        })
    if ($ready.Count -eq 0) { throw "The collections in '$Path' name each other as parents in a loop; nothing more can be restored." }
    foreach ($collection in $ready) {
        [void]$pending.Remove($collection)
        $fields = @{ Name = $collection.Name }
        if ($collection.Description) { $fields.Description = $collection.Description }
        if ($copyOf.ContainsKey([string]$collection.ParentId)) { $fields.ParentId = $copyOf[[string]$collection.ParentId] }
        if ($HelpCenterId) { $fields.HelpCenterId = $HelpCenterId }
        $copy = New-IntercomCollection @fields @on
        if ($copy) {
            $copyOf[[string]$collection.Id] = [string]$copy.Id
            $created.Collections++
        }
    }
}

foreach ($article in $backup.Articles) {
    $fields = @{ Title = $article.Title; AuthorId = $AuthorId }
    foreach ($name in 'Description', 'Body', 'State') {
        if ($article.$name) { $fields[$name] = $article.$name }
    }
    # An article read back names its collection as the first of its ParentIds (Article.ParentId).
    if ($article.ParentId -and $copyOf.ContainsKey([string]$article.ParentId)) {
        $fields.ParentId = [long]$copyOf[[string]$article.ParentId]
        $fields.ParentType = 'collection'
    }
    if (New-IntercomArticle @fields @on) { $created.Articles++ }
}
$created
