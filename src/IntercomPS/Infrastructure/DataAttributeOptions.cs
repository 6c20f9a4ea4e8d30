namespace IntercomPS.Infrastructure
{
    /// <summary>The values of a list data attribute as Intercom takes them: <c>[{"value": "1-10"}, ...]</c>.</summary>
    internal static class DataAttributeOptions
    {
        public static List<object?> ToBody(IEnumerable<string> values) =>
            values.Select(value => (object?)new Dictionary<string, object?> { ["value"] = value }).ToList();
    }
}
