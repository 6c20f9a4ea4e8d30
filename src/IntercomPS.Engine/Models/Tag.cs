using System;

namespace IntercomPS.Engine.Models
{
    /// <summary>A tag, either from the workspace's tag list or as applied to a conversation or contact.</summary>
    public sealed class Tag : IntercomObject
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        /// <summary>When the tag was applied to the object that lists it; null in the workspace's tag list.</summary>
        public DateTimeOffset? AppliedAt { get; set; }

        /// <summary>Who applied the tag to the object that lists it.</summary>
        public ObjectReference? AppliedBy { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TagId</c> down a pipeline.</summary>
        public string? TagId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
