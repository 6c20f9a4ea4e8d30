using System;

namespace IntercomPS.Engine.Models
{
    public sealed class Segment : IntercomObject
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary><c>contact</c> or <c>user</c>.</summary>
        public string? PersonType { get; set; }

        /// <summary>How many people are in the segment; only when asked for with <c>include_count</c>.</summary>
        public long? Count { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-SegmentId</c> down a pipeline.</summary>
        public string? SegmentId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
