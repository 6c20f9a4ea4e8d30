namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the Get-Intercom* cmdlets that look objects up by id or by another key of theirs (a company's
    /// company_id, a contact's email), or stream the whole list (the All set): each record's keys are queued as
    /// ordered, bounded lookups, and the list is read at the end.
    /// </summary>
    public abstract class LookupOrListCmdlet : IntercomConnectedCmdlet
    {
        protected const string AllSet = "All";
        protected const string IdSet = "Id";

        /// <summary>Asks Intercom even when the session cache holds the object (the answer still refreshes the cache).</summary>
        [Parameter(ParameterSetName = IdSet)]
        public SwitchParameter NoCache { get; set; }

        /// <summary>Queues the lookups of this record's keys (every set but All).</summary>
        protected abstract void LookUp();

        /// <summary>Streams the whole list (the All set).</summary>
        protected abstract void ListAll();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet) return;
            // Here rather than in BeginProcessing: ids piped in choose the Id set only once the first record binds.
            RefusePaging(ParameterSetName);
            LookUp();
        }

        protected override void EndProcessing()
        {
            CompleteLookups();
            if (ParameterSetName == AllSet) ListAll();
        }
    }
}
