namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// A <see cref="GetObjectCmdlet{T}"/> of a resource whose whole list the session cache keeps (admins, tags,
    /// ticket types...): -NoCache asks Intercom anyway.
    /// </summary>
    public abstract class GetCachedObjectCmdlet<T> : GetObjectCmdlet<T> where T : IntercomObject
    {
        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override bool BypassCache => NoCache.IsPresent;
    }
}
