using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Adds attributes (the fields its tickets carry) to ticket types; piped ticket types bind by their id.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomTicketTypeAttribute", HelpUri = HelpUris.Cmdlets + "New-IntercomTicketTypeAttribute.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(TicketTypeAttribute))]
    public sealed class NewIntercomTicketTypeAttributeCommand : ObjectChangeCmdlet<TicketTypeAttribute>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TicketTypeIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string TicketTypeId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>What the attribute is for, as teammates and contacts see it.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateSet("string", "list", "integer", "decimal", "boolean", "datetime", "files")]
        public string DataType { get; set; } = string.Empty;

        /// <summary>Teammates must fill it in to create a ticket in the Inbox.</summary>
        [Parameter]
        public bool? RequiredToCreate { get; set; }

        /// <summary>Contacts must fill it in to create a ticket in the Messenger.</summary>
        [Parameter]
        public bool? RequiredToCreateForContacts { get; set; }

        [Parameter]
        public bool? VisibleOnCreate { get; set; }

        [Parameter]
        public bool? VisibleToContacts { get; set; }

        /// <summary>A string attribute of several lines.</summary>
        [Parameter]
        public SwitchParameter Multiline { get; set; }

        /// <summary>The choices of a list attribute.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ListItem { get; set; }

        /// <summary>A files attribute that takes several files.</summary>
        [Parameter]
        public SwitchParameter AllowMultipleValues { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.TicketTypeAttributes;

        internal override ApiOperation Operation => IntercomResources.TicketTypeAttributes.Create!;

        protected override string Action => $"Create the {DataType} attribute '{Name}'";

        protected override IReadOnlyDictionary<string, string> TargetValues => PathValues.Of("ticket_type_id", TicketTypeId);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ListItem != null && DataType != "list") ThrowParameterDoesNotApply($"-ListItem applies to -DataType list only, not {DataType}: remove -ListItem, or use -DataType list.", nameof(ListItem));
            if (Multiline.IsPresent && DataType != "string") ThrowParameterDoesNotApply($"-Multiline applies to -DataType string only, not {DataType}.", nameof(Multiline));
            if (AllowMultipleValues.IsPresent && DataType != "files") ThrowParameterDoesNotApply($"-AllowMultipleValues applies to -DataType files only, not {DataType}.", nameof(AllowMultipleValues));
        }

        protected override IDictionary<string, object?>? ExtraBody => TicketTypeAttributeValues.ListItems(ListItem);
    }
}
