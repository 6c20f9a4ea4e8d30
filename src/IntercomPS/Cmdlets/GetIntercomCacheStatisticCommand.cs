using IntercomPS.Engine.Caching;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shows what the session cache did: entries held, hits, misses, hit ratio, evictions.</summary>
    [OutputType(typeof(CacheStatistics))]
    public sealed partial class GetIntercomCacheStatisticCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing() => WriteObject(OutputAdapter.Wrap(ActiveConnection.Cache.GetStatistics(), "IntercomPS.CacheStatistics"));
    }
}
