using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Admin> Admins = new ResourceDescriptor<Admin>("Admin", "admin_id")
            .Lists("admins", PagingKind.WholeList, "admins")
            .Gets("admins/{admin_id}")
            .CachedWhole()
            .Shows(new[] { "Id:10", "AwayModeEnabled=Away:5", "Name:24", "Email" },
                new[] { "Id", "Name", "Email", "JobTitle", "AwayModeEnabled", "HasInboxSeat", "TeamIds=Teams", "Role" });

        public static readonly ResourceDescriptor<Team> Teams = new ResourceDescriptor<Team>("Team", "team_id")
            .Lists("teams", PagingKind.WholeList, "teams")
            .Gets("teams/{team_id}")
            .CachedWhole()
            .Shows(new[] { "Id:10", "Name:30", "AdminIds=Admins" },
                new[] { "Id", "Name", "AdminIds=Admins", "DistributionMethod", "AssignmentLimit" });

        public static readonly ResourceDescriptor<Tag> Tags = new ResourceDescriptor<Tag>("Tag", "tag_id")
            .Lists("tags", PagingKind.WholeList, "data")
            .Gets("tags/{tag_id}")
            .CachedWhole()
            .Shows(new[] { "Id:12", "Name" }, new[] { "Id", "Name", "AppliedAt", "AppliedBy" });

        public static readonly ResourceDescriptor<Segment> Segments = new ResourceDescriptor<Segment>("Segment", "segment_id")
            .Lists("segments", PagingKind.WholeList, "segments")
            .Gets("segments/{segment_id}")
            .CachedWhole()
            .Shows(new[] { "Id:24", "PersonType:10", "Count:8", "Name" },
                new[] { "Id", "Name", "PersonType", "Count", "CreatedAt", "UpdatedAt" });
    }
}
