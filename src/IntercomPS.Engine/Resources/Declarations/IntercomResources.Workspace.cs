using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Admin> Admins = new ResourceDescriptor<Admin>("Admin", "admin_id")
            .Lists("admins", PagingKind.WholeList, "admins")
            .Gets("admins/{admin_id}")
            .CachedWhole();

        public static readonly ResourceDescriptor<Team> Teams = new ResourceDescriptor<Team>("Team", "team_id")
            .Lists("teams", PagingKind.WholeList, "teams")
            .Gets("teams/{team_id}")
            .CachedWhole();

        public static readonly ResourceDescriptor<Tag> Tags = new ResourceDescriptor<Tag>("Tag", "tag_id")
            .Lists("tags", PagingKind.WholeList, "data")
            .Gets("tags/{tag_id}")
            .CachedWhole()
            .ListsAlso("contact", "contacts/{contact_id}/tags", PagingKind.WholeList, "data");

        public static readonly ResourceDescriptor<Segment> Segments = new ResourceDescriptor<Segment>("Segment", "segment_id")
            .Lists("segments", PagingKind.WholeList, "segments")
            .Gets("segments/{segment_id}")
            .CachedWhole()
            .ListsAlso("contact", "contacts/{contact_id}/segments", PagingKind.WholeList, "data")
            .ListsAlso("company", "companies/{company_id}/segments", PagingKind.WholeList, "data");
    }
}
