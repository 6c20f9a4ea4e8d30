namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>The values of an operation's path placeholders, by placeholder name.</summary>
    public static class PathValues
    {
        public static IReadOnlyDictionary<string, string> Of(string name, string value) =>
            new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value };

        public static IReadOnlyDictionary<string, string> Of(string name, string value, string otherName, string otherValue) =>
            new Dictionary<string, string>(StringComparer.Ordinal) { [name] = value, [otherName] = otherValue };
    }
}
