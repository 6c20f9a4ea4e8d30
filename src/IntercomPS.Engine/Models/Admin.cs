using System;
using System.Collections.Generic;

namespace IntercomPS.Engine.Models
{
    /// <summary>A teammate. GET /me returns the admin the token acts as, with the workspace (<see cref="App"/>).</summary>
    public sealed class Admin : IntercomObject
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? JobTitle { get; set; }

        public bool? AwayModeEnabled { get; set; }

        /// <summary>Whether conversations assigned to the admin are reassigned while they are away.</summary>
        public bool? AwayModeReassign { get; set; }

        public string? AwayStatusReasonId { get; set; }

        public bool? HasInboxSeat { get; set; }

        /// <summary>The teams the admin belongs to, as team ids (strings, although the API sends numbers).</summary>
        public IReadOnlyList<string>? TeamIds { get; set; }

        /// <summary>The avatar image URL (the API sends either the URL or an <c>avatar</c> object holding it).</summary>
        public string? Avatar { get; set; }

        public bool? EmailVerified { get; set; }

        /// <summary>The admin's role (<c>{type: role, id, name}</c>).</summary>
        public ObjectReference? Role { get; set; }

        /// <summary>The workspace; only GET /me includes it.</summary>
        public App? App { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-AdminId</c> down a pipeline.</summary>
        public string? AdminId => Id;

        public override string ToString() => Name ?? Email ?? Id ?? string.Empty;
    }

    /// <summary>The Intercom workspace ("app") an admin belongs to.</summary>
    public sealed class App : IntercomObject
    {
        /// <summary>The workspace id (what contacts carry as <c>workspace_id</c>).</summary>
        public string? IdCode { get; set; }

        public string? Name { get; set; }

        /// <summary>The data-hosting region: <c>US</c>, <c>EU</c> or <c>AU</c>.</summary>
        public string? Region { get; set; }

        /// <summary>The workspace's IANA time zone; contact-search date filters are cut to whole days in it.</summary>
        public string? Timezone { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public bool? IdentityVerification { get; set; }

        /// <summary>Same as <see cref="IdCode"/>, under the name the rest of the API uses.</summary>
        public string? WorkspaceId => IdCode;

        public override string ToString() => Name ?? IdCode ?? string.Empty;
    }
}
