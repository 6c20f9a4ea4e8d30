using System.Collections.ObjectModel;

namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// A list nested inside another object: a conversation's tags or parts, a contact's companies... Intercom wraps
    /// most of them (<c>{"type": "tag.list", "tags": [...]}</c>, <c>{"type": "list", "data": [...], "has_more": true}</c>)
    /// and embeds only the first items of long ones; this keeps the items and what the wrapper said about the rest.
    /// </summary>
    /// <remarks>
    /// The wrapper's own members are named <c>List*</c> so that PowerShell member enumeration
    /// (<c>$conversation.Tags.Name</c>, <c>.Id</c>, <c>.Url</c>) still reaches the items and not the list.
    /// </remarks>
    public sealed class EmbeddedList<T> : ReadOnlyCollection<T>
    {
        public EmbeddedList()
            : base(new List<T>())
        {
        }

        public EmbeddedList(IEnumerable<T> items)
            : base(new List<T>(items ?? throw new ArgumentNullException(nameof(items))))
        {
        }

        internal EmbeddedList(List<T> items)
            : base(items)
        {
        }

        /// <summary>The wrapper's <c>type</c> (<c>tag.list</c>, <c>list</c>...); null when the API sent a bare array.</summary>
        public string? ListType { get; set; }

        /// <summary>How many items exist in all, when the API says (<c>total_count</c>); may exceed <c>Count</c>.</summary>
        public int? TotalCount { get; set; }

        /// <summary>The wrapper's <c>has_more</c>: true when only the first items are embedded.</summary>
        public bool? HasMore { get; set; }

        /// <summary>The wrapper's <c>url</c>: where the complete list can be fetched.</summary>
        public string? ListUrl { get; set; }

        /// <summary>True when the API embedded only part of the list; fetch <see cref="ListUrl"/> for the rest.</summary>
        public bool IsTruncated => HasMore == true || (TotalCount.HasValue && TotalCount.Value > Count);

        /// <summary>The items, comma-separated (so a table cell or a CSV column shows them, not the list's type).</summary>
        public override string ToString() => string.Join(", ", this);

        /// <summary>The wrapper member that held the items, so the list is written back the way it came; null for a bare array.</summary>
        internal string? WrapperItemsProperty { get; set; }

        /// <summary>Wrapper members the engine does not know, kept so that writing the list back loses nothing.</summary>
        internal Dictionary<string, object?>? WrapperExtras { get; set; }
    }
}
