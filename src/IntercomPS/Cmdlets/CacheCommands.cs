using System.Management.Automation;
using IntercomPS.Engine.Caching;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Shows what the session cache did: entries held, hits, misses, hit ratio, evictions.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomCacheStatistic")]
    [OutputType(typeof(CacheStatistics))]
    public sealed class GetIntercomCacheStatisticCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing() => WriteObject(OutputAdapter.Wrap(ActiveConnection.Cache.GetStatistics(), "IntercomPS.CacheStatistics"));
    }

    /// <summary>Empties the session cache, so every lookup asks Intercom again.</summary>
    [Cmdlet(VerbsCommon.Clear, "IntercomCache", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class ClearIntercomCacheCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing()
        {
            if (ShouldProcess(ActiveConnection.ToString(), "Clear the session cache")) ActiveConnection.Cache.Clear();
        }
    }
}
