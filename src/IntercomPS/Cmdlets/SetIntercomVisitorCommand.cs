using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the name or custom attributes of Messenger visitors, named by their user_id or Intercom's id.</summary>
    [CmdletOptions(DefaultParameterSetName = UserIdSet)]
    public sealed partial class SetIntercomVisitorCommand : SetObjectCmdlet<Visitor>
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

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Name), nameof(CustomAttributes) };

        internal override ResourceDescriptor Resource => IntercomResources.Visitors;

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "visitor " + (UserId ?? Id);
    }
}
