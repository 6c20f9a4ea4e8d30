using Job = IntercomPS.Engine.Models.Job;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of jobs Intercom runs later (New-IntercomTicket -Enqueue writes one): pending, success or failed.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomJob", HelpUri = HelpUris.Cmdlets + "Get-IntercomJob.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Job))]
    [IdParameter("JobId")]
    public sealed partial class GetIntercomJobCommand : GetObjectCmdlet<Job>
    {
        internal override ResourceDescriptor<Job> Resource => IntercomResources.Jobs;
    }
}
