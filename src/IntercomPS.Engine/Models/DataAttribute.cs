using System;
using System.Collections.Generic;

namespace IntercomPS.Engine.Models
{
    /// <summary>A contact or company attribute, built in or custom.</summary>
    public sealed class DataAttribute : IntercomObject
    {
        /// <summary>The attribute's id; built-in attributes have none.</summary>
        public string? Id { get; set; }

        /// <summary><c>contact</c> or <c>company</c>.</summary>
        public string? Model { get; set; }

        public string? Name { get; set; }

        /// <summary>The dotted path that search queries use (<c>custom_attributes.plan</c>, <c>location.city</c>...).</summary>
        public string? FullName { get; set; }

        public string? Label { get; set; }

        public string? Description { get; set; }

        /// <summary><c>string</c>, <c>integer</c>, <c>float</c>, <c>boolean</c> or <c>date</c>.</summary>
        public string? DataType { get; set; }

        /// <summary>The allowed values of a list attribute.</summary>
        public IReadOnlyList<string>? Options { get; set; }

        public bool? ApiWritable { get; set; }

        public bool? MessengerWritable { get; set; }

        public bool? UiWritable { get; set; }

        /// <summary>True for attributes the workspace created, false for Intercom's own.</summary>
        public bool? Custom { get; set; }

        public bool? Archived { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>The admin who created the attribute.</summary>
        public string? AdminId { get; set; }

        public override string ToString() => FullName ?? Name ?? Id ?? string.Empty;
    }
}
