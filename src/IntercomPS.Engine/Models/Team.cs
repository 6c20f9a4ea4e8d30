using System.Collections.Generic;

namespace IntercomPS.Engine.Models
{
    public sealed class Team : IntercomObject
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        /// <summary>The team's members, as admin ids (strings, although the API sends numbers).</summary>
        public IReadOnlyList<string>? AdminIds { get; set; }

        /// <summary>The most conversations a member may be assigned by round robin.</summary>
        public int? AssignmentLimit { get; set; }

        /// <summary><c>round_robin</c>, <c>balanced</c>... or null for manual assignment.</summary>
        public string? DistributionMethod { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TeamId</c> down a pipeline.</summary>
        public string? TeamId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
