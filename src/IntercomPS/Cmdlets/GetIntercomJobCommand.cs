using Job = IntercomPS.Engine.Models.Job;

namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the status of jobs Intercom runs later (New-IntercomTicket -Enqueue writes one): pending, success or failed.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomJob", HelpUri = HelpUris.Cmdlets + "Get-IntercomJob.md", DefaultParameterSetName = IdSet)]
    [OutputType(typeof(Job))]
    public sealed class GetIntercomJobCommand : GetObjectCmdlet<Job>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("JobId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Job> Resource => IntercomResources.Jobs;
    }
}
