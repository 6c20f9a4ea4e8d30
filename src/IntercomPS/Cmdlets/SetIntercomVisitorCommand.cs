using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name or custom attributes of Messenger visitors, named by their user_id or Intercom's id.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomVisitor", HelpUri = HelpUris.Cmdlets + "Set-IntercomVisitor.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UserIdSet)]
    [OutputType(typeof(Visitor))]
    public sealed class SetIntercomVisitorCommand : ObjectChangeCmdlet<Visitor>
    {
        private const string UserIdSet = "UserId";
        private const string IdSet = "Id";

        [Parameter(ParameterSetName = UserIdSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("VisitorUserId")]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        [Parameter(ParameterSetName = IdSet, Mandatory = true)]
        [Alias("VisitorId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        [Parameter]
        public IDictionary? CustomAttributes { get; set; }

        /// <summary>Writes the changed visitor.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(CustomAttributes) };

        internal override ResourceDescriptor Resource => IntercomResources.Visitors;

        internal override ApiOperation Operation => IntercomResources.Visitors.Update!;

        protected override string Action => "Update visitor";

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "visitor " + (UserId ?? Id);
    }
}
