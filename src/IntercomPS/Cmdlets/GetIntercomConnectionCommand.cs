using IntercomPS.Engine.Connection;

namespace IntercomPS.Cmdlets
{
    /// <summary>Returns the session's connection: workspace, region, admin and API version (never the token).</summary>
    [OutputType(typeof(IntercomConnection))]
    public sealed partial class GetIntercomConnectionCommand : IntercomConnectedCmdlet
    {
        protected override void EndProcessing() => WriteObject(OutputAdapter.Wrap(ActiveConnection, "IntercomPS.Connection"));
    }
}
