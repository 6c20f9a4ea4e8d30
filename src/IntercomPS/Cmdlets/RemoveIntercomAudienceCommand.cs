namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes audiences. ConfirmImpact High: a deleted audience cannot be brought back, and content targeted with it loses its target.</summary>
    [Cmdlet(VerbsCommon.Remove, "IntercomAudience", HelpUri = HelpUris.Cmdlets + "Remove-IntercomAudience.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveIntercomAudienceCommand : ObjectChangeCmdlet<Audience>
    {
        /// <summary>Bound from piped objects by AudienceId only (not Id), so piping another kind of object deletes nothing.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string AudienceId { get; set; } = string.Empty;

        internal override ResourceDescriptor Resource => IntercomResources.Audiences;

        internal override ApiOperation Operation => IntercomResources.Audiences.Delete!;

        protected override string AddressedId => AudienceId;
    }
}
