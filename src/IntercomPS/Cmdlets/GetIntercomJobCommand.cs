using Job = IntercomPS.Engine.Models.Job;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of jobs Intercom runs later (New-IntercomTicket -Enqueue writes one): pending, success or failed.</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet, SupportsPaging = false)]
    [IdParameter("JobId")]
    public sealed partial class GetIntercomJobCommand : GetObjectCmdlet<Job>
    {
        internal override ResourceDescriptor<Job> Resource => IntercomResources.Jobs;
    }
}
