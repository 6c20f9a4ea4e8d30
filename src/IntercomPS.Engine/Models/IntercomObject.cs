using System;
using System.Collections.Generic;

namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// Base of every object read from Intercom: the JSON <c>type</c>, every field the engine does not map, and (when
    /// the reader was asked to keep it) the object's JSON exactly as the API sent it.
    /// </summary>
    /// <remarks>
    /// Values in <see cref="AdditionalProperties"/> are plain .NET values (string, long, double, bool, null,
    /// Dictionary&lt;string, object?&gt;, List&lt;object?&gt;) so they cross into any load context unchanged. A mapped
    /// field whose JSON value has a shape the property cannot hold (an object where a timestamp was expected...) is
    /// also kept there, under its JSON name, and the typed property stays null: nothing the API sends is dropped.
    /// </remarks>
    public abstract class IntercomObject
    {
        private IDictionary<string, object?>? _additionalProperties;

        /// <summary>The JSON <c>type</c> discriminator (<c>conversation</c>, <c>admin</c>, <c>contact</c>...).</summary>
        public string? Type { get; set; }

        /// <summary>Fields not mapped to a property, keyed by their JSON name (case-sensitive).</summary>
        public IDictionary<string, object?> AdditionalProperties
        {
            // Created on first use: most nested objects (tags, references...) never have extra fields, and a
            // dictionary per object would dominate the allocations of a 150-item page.
            get => _additionalProperties ??= new Json.UnmappedFields();
            set => _additionalProperties = value;
        }

        /// <summary>
        /// This object's JSON verbatim, filled only when the reader was asked to keep it (exports); otherwise null.
        /// Only the top-level objects of a response carry it, not the objects nested inside them. Internal: objects
        /// written to the pipeline never carry it, so a public property would only ever show up empty.
        /// </summary>
        internal string? RawJson { get; set; }

        internal bool HasAdditionalProperties => _additionalProperties != null && _additionalProperties.Count > 0;

    }
}
