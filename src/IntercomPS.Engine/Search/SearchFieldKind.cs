namespace IntercomPS.Engine.Search
{
    /// <summary>
    /// The type of a search field, as the "Accepted Fields" tables of Intercom's search documentation give it. It
    /// decides which operators the field takes (see <see cref="SearchField.Operators"/>).
    /// </summary>
    public enum SearchFieldKind
    {
        /// <summary>Text: equality, lists, and the text matches (contains, starts with, ends with).</summary>
        Text,

        /// <summary>A whole number: equality, lists and ordering.</summary>
        Integer,

        /// <summary>A number with a fraction (ticket attributes): equality, lists and ordering.</summary>
        Float,

        /// <summary>Unix seconds; the search's <see cref="SearchDateRule"/> decides the operators and how far bounds are widened.</summary>
        Date,

        /// <summary>True or false: equality and lists.</summary>
        Boolean,

        /// <summary>Several ids (tag_ids, contact_ids): <c>=</c> means "has", <c>!=</c> "has not".</summary>
        IdList,

        /// <summary>An attribute the workspace defines (custom_attributes.plan), of a type unknown here: every operator.</summary>
        Any,
    }
}
