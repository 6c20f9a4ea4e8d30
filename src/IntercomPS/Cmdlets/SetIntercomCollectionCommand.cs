using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each collection; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomCollection", HelpUri = HelpUris.Cmdlets + "Set-IntercomCollection.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Collection))]
    public sealed class SetIntercomCollectionCommand : ObjectChangeCmdlet<Collection>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CollectionId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ParentId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? HelpCenterId { get; set; }

        /// <summary>Writes the changed collection.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ResourceDescriptor Resource => IntercomResources.Collections;

        internal override ApiOperation Operation => IntercomResources.Collections.Update!;

        protected override string Action => "Update collection";

        protected override IReadOnlyDictionary<string, string> TargetValues =>
            PathValues.Of(IntercomResources.Collections.IdParameter, Id);
    }
}
