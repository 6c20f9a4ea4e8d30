namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the data events of users from the last 90 days (older ones only count in summaries), newest first.</summary>
    public sealed partial class GetIntercomDataEventCommand : DataEventListCmdlet<DataEvent>
    {
        internal override ResourceDescriptor<DataEvent> Resource => IntercomResources.DataEvents;
    }
}
