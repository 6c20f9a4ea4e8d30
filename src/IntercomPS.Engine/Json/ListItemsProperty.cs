namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// The member that holds the items of each list response, for <see cref="IntercomJson.ReadListPage{T}"/>.
    /// (<c>data</c> is also tried when the named member is missing: the spec and its examples disagree for some lists.)
    /// </summary>
    internal static class ListItemsProperty
    {
        /// <summary>GET /conversations, POST /conversations/search (<c>conversation.list</c>).</summary>
        public const string Conversations = "conversations";

        /// <summary>
        /// GET /contacts, POST /contacts/search, GET /companies, POST /companies/list, GET /companies/scroll,
        /// GET /companies/{id}/contacts, GET /companies/{id}/segments, GET /contacts/{id}/segments,
        /// GET /contacts/{id}/tags, GET /tags, GET /data_attributes (<c>list</c>).
        /// </summary>
        public const string Data = "data";

        /// <summary>GET /admins (<c>admin.list</c>).</summary>
        public const string Admins = "admins";

        /// <summary>GET /teams (<c>team.list</c>).</summary>
        public const string Teams = "teams";

        /// <summary>GET /segments (<c>segment.list</c>).</summary>
        public const string Segments = "segments";

        /// <summary>GET /contacts/{id}/companies, by its schema (its example uses <c>data</c>).</summary>
        public const string Companies = "companies";
    }
}
