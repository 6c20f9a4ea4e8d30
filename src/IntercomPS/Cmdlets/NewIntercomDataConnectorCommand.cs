namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a data connector (a draft): a call to your API that Fin and workflows can make.</summary>
    [Cmdlet(VerbsCommon.New, "IntercomDataConnector", HelpUri = HelpUris.Cmdlets + "New-IntercomDataConnector.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(DataConnector))]
    public sealed class NewIntercomDataConnectorCommand : DataConnectorChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        protected override string Action => $"Create data connector '{Name}'";
    }
}
