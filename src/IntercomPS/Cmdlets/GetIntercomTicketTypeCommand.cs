using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's ticket types, all or by id, with their attributes and states.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomTicketType", HelpUri = HelpUris.Cmdlets + "Get-IntercomTicketType.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(TicketType))]
    public sealed class GetIntercomTicketTypeCommand : GetObjectCmdlet<TicketType>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TicketTypeId")]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Asks Intercom even when the session cache holds the objects (the answer still refreshes the cache).</summary>
        [Parameter]
        public SwitchParameter NoCache { get; set; }

        protected override string[] Ids => Id;

        protected override bool BypassCache => NoCache.IsPresent;

        internal override ResourceDescriptor<TicketType> Resource => IntercomResources.TicketTypes;
    }
}
