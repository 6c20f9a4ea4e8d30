namespace IntercomPS.Cmdlets
{
    /// <summary>Closes the session's connection: its HTTP client, cache and any sandbox.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Intercom", HelpUri = HelpUris.Cmdlets + "Disconnect-Intercom.md")]
    [OutputType(typeof(void))]
    public sealed class DisconnectIntercomCommand : IntercomCmdlet
    {
        protected override void EndProcessing()
        {
            var closed = SessionConnections.RemoveCurrent();
            WriteVerbose(closed == null ? "There was no connection to close." : $"Disconnected from {closed}.");
        }
    }
}
