using System;
using System.Collections.Generic;

namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// A company. Two ids: <see cref="Id"/> is Intercom's, <see cref="CompanyId"/> is the one your systems gave it.
    /// </summary>
    public sealed class Company : IntercomObject
    {
        /// <summary>Intercom's id for the company (what /companies/{id} takes).</summary>
        public string? Id { get; set; }

        /// <summary>Your own id for the company (Intercom's <c>company_id</c>).</summary>
        public string? CompanyId { get; set; }

        public string? AppId { get; set; }

        public string? Name { get; set; }

        /// <summary>The plan the company is on (<c>{type: plan, id, name}</c>).</summary>
        public ObjectReference? Plan { get; set; }

        /// <summary>When the company was created in your systems.</summary>
        public DateTimeOffset? RemoteCreatedAt { get; set; }

        /// <summary>When the company was added to Intercom.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>When someone from the company was last seen.</summary>
        public DateTimeOffset? LastRequestAt { get; set; }

        /// <summary>Number of employees.</summary>
        public long? Size { get; set; }

        public string? Website { get; set; }

        public string? Industry { get; set; }

        /// <summary>Monthly revenue from the company (the spec says integer, the data attribute says float).</summary>
        public double? MonthlySpend { get; set; }

        public long? SessionCount { get; set; }

        public long? UserCount { get; set; }

        public IDictionary<string, object?>? CustomAttributes { get; set; }

        public EmbeddedList<Tag>? Tags { get; set; }

        public EmbeddedList<Segment>? Segments { get; set; }

        public override string ToString() => Name ?? CompanyId ?? Id ?? string.Empty;
    }
}
