namespace IntercomPS.Sandbox.Routes
{
    /// <summary>How Intercom stores a written body: HTML as sent, plain text as one paragraph.</summary>
    internal static class HtmlBody
    {
        public static string Of(string body) => body.TrimStart().StartsWith("<", StringComparison.Ordinal) ? body : "<p>" + body + "</p>";
    }
}
