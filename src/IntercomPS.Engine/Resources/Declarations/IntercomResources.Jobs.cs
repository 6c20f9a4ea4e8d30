using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>Jobs Intercom runs later (an enqueued ticket create...): their status by id.</summary>
        public static readonly ResourceDescriptor<Job> Jobs = new ResourceDescriptor<Job>("Job", "job_id")
            .Gets("jobs/status/{job_id}")
            .Shows(new[] { "Id:24", "Status:8", "ResourceType=Resource:10", "ResourceId" }, new[] { "Id", "Status", "ResourceType", "ResourceId", "ResourceUrl", "Url" });
    }
}
