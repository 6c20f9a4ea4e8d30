using IntercomPS.Engine.Caching;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shows what the session cache did: entries held, hits, misses, hit ratio, evictions.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCacheStatistic", HelpUri = HelpUris.Cmdlets + "Get-IntercomCacheStatistic.md")]
    [OutputType(typeof(CacheStatistics))]
    public sealed class GetIntercomCacheStatisticCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing() => WriteObject(OutputAdapter.Wrap(ActiveConnection.Cache.GetStatistics(), "IntercomPS.CacheStatistics"));
    }
}
