namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the workspace's IP allowlist: whether it is on, and the addresses and ranges allowed.</summary>
    [OutputType(typeof(IpAllowlist))]
    public sealed partial class GetIntercomIpAllowlistCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing()
        {
            var client = ActiveConnection.Resources;
            WriteObject(Present(RunEngineWork(token => client.GetAsync(IntercomResources.IpAllowlists, PathValues.None, token))));
        }
    }
}
