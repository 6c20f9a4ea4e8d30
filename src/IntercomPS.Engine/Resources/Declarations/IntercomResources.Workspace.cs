using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Admin> Admins = new ResourceDescriptor<Admin>("Admin", "admin_id")
            .Lists("admins", PagingKind.WholeList, "admins")
            .Gets("admins/{admin_id}")
            .Acts("away", "PUT", "admins/{admin_id}/away", false, "away_mode_enabled", "away_mode_reassign", "away_status_reason_id")
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
            .ListsAlso("contact", "contacts/{contact_id}/tags", PagingKind.WholeList, "data")
            .Shows(new[] { "Id:12", "Name" }, new[] { "Id", "Name", "AppliedAt", "AppliedBy" });

        public static readonly ResourceDescriptor<Segment> Segments = new ResourceDescriptor<Segment>("Segment", "segment_id")
            .Lists("segments", PagingKind.WholeList, "segments")
            .Gets("segments/{segment_id}")
            .CachedWhole()
            .ListsAlso("contact", "contacts/{contact_id}/segments", PagingKind.WholeList, "data")
            .ListsAlso("company", "companies/{company_id}/segments", PagingKind.WholeList, "data")
            .Shows(new[] { "Id:24", "PersonType:10", "Count:8", "Name" },
                new[] { "Id", "Name", "PersonType", "Count", "CreatedAt", "UpdatedAt" });

        /// <summary>The reasons an admin can give for being away (Set-IntercomAdmin -AwayStatusReasonId).</summary>
        public static readonly ResourceDescriptor<AwayStatusReason> AwayStatusReasons = new ResourceDescriptor<AwayStatusReason>("AwayStatusReason", "away_status_reason_id")
            .Lists("away_status_reasons", PagingKind.WholeList, "data")
            .CachedWhole()
            .Shows(new[] { "Id:10", "Emoji:5", "Label:30", "Deleted:7" }, new[] { "Id", "Label", "Emoji", "Order", "Deleted", "CreatedAt", "UpdatedAt" });

        /// <summary>
        /// What admins did in the workspace (sign-ins, setting changes, exports...): read by creation date range
        /// (created_at_after is required), cursor paged.
        /// </summary>
        public static readonly ResourceDescriptor<ActivityLog> AdminActivityLogs = new ResourceDescriptor<ActivityLog>("ActivityLog", "activity_log_id")
            .Lists("admins/activity_logs", PagingKind.Cursor, "activity_logs")
            .ListsByDate("created_at_after", "created_at_before", log => log.CreatedAt)
            .Shows(new[] { "CreatedAt=Created:22", "ActivityType=Activity:28", "ActivityDescription=Description" },
                new[] { "Id", "CreatedAt", "ActivityType", "ActivityDescription", "PerformedBy", "Metadata" });
    }
}
