using IntercomPS.Engine.Caching;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes the session cache's size and time to live after Connect-Intercom (-CacheSize 0 turns it off). The
    /// entries held so far are dropped, since they were admitted under the old limits.
    /// </summary>
    [OutputType(typeof(CacheStatistics))]
    public sealed partial class SetIntercomCacheCommand : IntercomConnectedCmdlet
    {
        /// <summary>Most entries held (0 turns the cache off).</summary>
        [Parameter]
        [ValidateRange(0, 10_000_000)]
        public int? Size { get; set; }

        /// <summary>How long an entry is served before Intercom is asked again.</summary>
        [Parameter]
        public System.TimeSpan? Ttl { get; set; }

        /// <summary>Returns the cache statistics after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var cache = ActiveConnection.Cache;
            var size = Size ?? cache.Size;
            var ttl = Ttl ?? cache.Ttl;
            if (ttl <= System.TimeSpan.Zero)
            {
                ThrowTerminatingError(ErrorRecords.Create(new System.ArgumentException($"-Ttl must be positive (got {ttl}); use -Size 0 to turn the cache off."), "InvalidCacheTtl", ErrorCategory.InvalidArgument, ttl));
            }
            var change = size == 0 ? "Turn the session cache off" : $"Set the session cache to {size} entries for {ttl} each (dropping the {cache.GetStatistics().Entries} held)";
            if (ShouldProcess(ActiveConnection.ToString(), change)) cache.Configure(size, ttl);
            if (PassThru.IsPresent) WriteObject(OutputAdapter.Wrap(cache.GetStatistics(), "IntercomPS.CacheStatistics"));
        }
    }
}
