namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the data events of users from the last 90 days (older ones only count in summaries), newest first.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomDataEvent", HelpUri = HelpUris.Cmdlets + "Get-IntercomDataEvent.md", DefaultParameterSetName = ContactIdSet, SupportsPaging = true)]
    [OutputType(typeof(DataEvent))]
    public sealed class GetIntercomDataEventCommand : DataEventListCmdlet<DataEvent>
    {
        internal override ResourceDescriptor<DataEvent> Resource => IntercomResources.DataEvents;
    }
}
