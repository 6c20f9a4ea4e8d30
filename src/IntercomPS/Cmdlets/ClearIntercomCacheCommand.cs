namespace IntercomPS.Cmdlets
{
    /// <summary>Empties the session cache, so every lookup asks Intercom again.</summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed partial class ClearIntercomCacheCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing()
        {
            if (ShouldProcess(ActiveConnection.ToString(), "Clear the session cache")) ActiveConnection.Cache.Clear();
        }
    }
}
