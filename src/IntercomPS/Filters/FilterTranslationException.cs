using System.Management.Automation.Language;

namespace IntercomPS.Filters
{
    /// <summary>A -Filter construct that has no Intercom equivalent: names it, where it is, and what to do instead.</summary>
    internal sealed class FilterTranslationException : Exception
    {
        public FilterTranslationException(string construct, IScriptExtent extent, string reason, Exception? inner = null)
            : base($"-Filter cannot translate {construct} at line {extent.StartLineNumber}, column {extent.StartColumnNumber}: '{Shorten(extent.Text)}'. {reason} " +
                   "Filters are translated to Intercom's search query, never run per object; write the condition with the supported operators, " +
                   "or pass Intercom's query DSL with -Query.", inner)
        {
            Construct = construct;
            Line = extent.StartLineNumber;
            Column = extent.StartColumnNumber;
        }

        public string Construct { get; }

        public int Line { get; }

        public int Column { get; }

        private static string Shorten(string text)
        {
            var oneLine = string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
            return oneLine.Length <= 120 ? oneLine : oneLine.Substring(0, 117) + "...";
        }
    }
}
