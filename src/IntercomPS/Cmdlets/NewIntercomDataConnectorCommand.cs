namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a data connector (a draft): a call to your API that Fin and workflows can make.</summary>
    public sealed partial class NewIntercomDataConnectorCommand : DataConnectorChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        protected override string Action => $"Create data connector '{Name}'";
    }
}
