namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>The values of an operation's path placeholders, by placeholder name.</summary>
    public static class PathValues
    {
        /// <summary>No placeholder: an operation at the root, or on the workspace's one object (its IP allowlist).</summary>
        public static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>(StringComparer.Ordinal);

        public static IReadOnlyDictionary<string, string> Of(string name, string value) =>
            new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value };

        public static IReadOnlyDictionary<string, string> Of(string name, string value, string otherName, string otherValue) =>
            new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value, [otherName] = otherValue };
    }
}
