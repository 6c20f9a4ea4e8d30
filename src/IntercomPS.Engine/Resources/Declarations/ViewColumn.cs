using System.Globalization;

namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>
    /// A column of a resource's default views: the model property it shows, and optionally the header it goes by and
    /// its table width. How a value is shown (local time for dates, joined lists) follows from the property's type.
    /// </summary>
    public sealed class ViewColumn
    {
        private ViewColumn(string property, string? label, int? width)
        {
            Property = property;
            Label = label;
            Width = width;
        }

        /// <summary>The model property: <c>AwayModeEnabled</c>.</summary>
        public string Property { get; }

        /// <summary>The header, when not derived from the property name.</summary>
        public string? Label { get; }

        /// <summary>The table column's width in characters; the last column takes what is left.</summary>
        public int? Width { get; }

        /// <summary>
        /// Reads a declaration: <c>"Name"</c>, <c>"Id:10"</c> (10 characters wide in the table), <c>"TeamIds=Teams"</c>
        /// (headed Teams), or both: <c>"AwayModeEnabled=Away:5"</c>.
        /// </summary>
        public static ViewColumn Parse(string declaration)
        {
            if (string.IsNullOrWhiteSpace(declaration)) throw new ArgumentException("A view column declaration is empty.", nameof(declaration));
            var rest = declaration;
            int? width = null;
            var colon = rest.LastIndexOf(':');
            if (colon >= 0)
            {
                if (!int.TryParse(rest.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
                {
                    throw new ArgumentException($"'{declaration}': the width after ':' is a positive number of characters.", nameof(declaration));
                }
                width = parsed;
                rest = rest.Substring(0, colon);
            }
            string? label = null;
            var equals = rest.IndexOf('=');
            if (equals >= 0)
            {
                label = rest.Substring(equals + 1);
                rest = rest.Substring(0, equals);
                if (label.Length == 0) throw new ArgumentException($"'{declaration}': the label after '=' is empty.", nameof(declaration));
            }
            if (rest.Length == 0) throw new ArgumentException($"'{declaration}' names no property.", nameof(declaration));
            return new ViewColumn(rest, label, width);
        }

        public override string ToString() => Property + (Label == null ? string.Empty : "=" + Label) + (Width == null ? string.Empty : ":" + Width.Value.ToString(CultureInfo.InvariantCulture));
    }
}
