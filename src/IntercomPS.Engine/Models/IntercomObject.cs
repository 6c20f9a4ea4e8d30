using System.Collections.ObjectModel;

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
    ///
    /// Why the JSON <c>type</c> and the unmapped fields are not public properties: PowerShell turns every public
    /// property into a column of <c>Export-Csv</c>, <c>ConvertTo-Csv</c> and <c>Format-List *</c>, and no type data
    /// can remove an adapted property (a custom type adapter cannot be registered either: the engine lives in the
    /// module's private load context). So the type, which on a top-level object only repeats the PowerShell type
    /// name, is internal (the reference types whose type is data, such as an author being an admin or a user,
    /// re-expose it), and the unmapped fields are reached through <see cref="GetAdditionalProperties"/>, a method
    /// and therefore no column: <c>$contact.GetAdditionalProperties()['social_profiles']</c>.
    /// </remarks>
    public abstract class IntercomObject
    {
        private static readonly IReadOnlyDictionary<string, object?> NoAdditionalProperties =
            new ReadOnlyDictionary<string, object?>(new Json.UnmappedFields());

        private IDictionary<string, object?>? _additionalProperties;

        /// <summary>The JSON <c>type</c> discriminator (<c>conversation</c>, <c>admin</c>, <c>contact</c>...).</summary>
        internal string? Type { get; set; }

        /// <summary>Fields not mapped to a property, keyed by their JSON name (case-sensitive).</summary>
        internal IDictionary<string, object?> AdditionalProperties
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

        /// <summary>
        /// Called once every member has been read, for a model that fills what comes from the whole object. Internal,
        /// not System.Text.Json's IJsonOnDeserialized: a JSON type in the models' public surface would reach the cmdlets.
        /// </summary>
        internal virtual void AfterRead()
        {
        }

        /// <summary>
        /// The fields the API sent that this object does not map (newer API fields, raw dictionaries such as a
        /// contact's <c>social_profiles</c>), keyed by their JSON name (case-sensitive); empty when there are none.
        /// A read-only view: objects may be shared through the connection's cache.
        /// </summary>
        public IReadOnlyDictionary<string, object?> GetAdditionalProperties() =>
            HasAdditionalProperties ? new ReadOnlyDictionary<string, object?>(_additionalProperties!) : NoAdditionalProperties;
    }
}
