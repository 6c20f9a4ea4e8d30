namespace IntercomPS.Cmdlets
{
    /// <summary>Empties the session cache, so every lookup asks Intercom again.</summary>
    [Cmdlet(VerbsCommon.Clear, "IntercomCache", HelpUri = HelpUris.Cmdlets + "Clear-IntercomCache.md", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class ClearIntercomCacheCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing()
        {
            if (ShouldProcess(ActiveConnection.ToString(), "Clear the session cache")) ActiveConnection.Cache.Clear();
        }
    }
}
