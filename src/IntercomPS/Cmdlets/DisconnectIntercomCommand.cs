namespace IntercomPS.Cmdlets
{
    /// <summary>Closes the session's connection: its HTTP client, cache and any sandbox.</summary>
    [OutputType(typeof(void))]
    public sealed partial class DisconnectIntercomCommand : IntercomCmdlet
    {
        protected override void EndProcessing()
        {
            var closed = SessionConnections.RemoveCurrent();
            WriteVerbose(closed == null ? "There was no connection to close." : $"Disconnected from {closed}.");
        }
    }
}
