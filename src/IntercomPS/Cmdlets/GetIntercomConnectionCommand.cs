using IntercomPS.Engine.Connection;

namespace IntercomPS.Cmdlets
{
    /// <summary>Returns the session's connection: workspace, region, admin and API version (never the token).</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomConnection", HelpUri = HelpUris.Cmdlets + "Get-IntercomConnection.md")]
    [OutputType(typeof(IntercomConnection))]
    public sealed class GetIntercomConnectionCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing() => WriteObject(OutputAdapter.Wrap(ActiveConnection, "IntercomPS.Connection"));
    }
}
