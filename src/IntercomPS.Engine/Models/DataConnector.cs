namespace IntercomPS.Engine.Models
{
    public sealed partial class DataConnector
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-DataConnectorId</c> down a pipeline.</summary>
        public string? DataConnectorId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
