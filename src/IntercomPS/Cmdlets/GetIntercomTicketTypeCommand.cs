namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket types, all or by id, with their attributes and states.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketType", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicketType.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketType))]
    public sealed class GetIntercomTicketTypeCommand : GetCachedObjectCmdlet<TicketType>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketTypeId")]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<TicketType> Resource => IntercomResources.TicketTypes;
    }
}
