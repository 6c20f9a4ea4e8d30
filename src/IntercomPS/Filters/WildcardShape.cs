namespace IntercomPS.Filters
{
    /// <summary>A -like pattern's shape: its text, and a * at its start and/or end; anything else is a problem.</summary>
    internal sealed class WildcardShape
    {
        private WildcardShape()
        {
        }

        public string Text { get; private set; } = string.Empty;

        public bool Leading { get; private set; }

        public bool Trailing { get; private set; }

        /// <summary>Why Intercom cannot match the pattern; null when it can.</summary>
        public string? Problem { get; private set; }

        public static WildcardShape Parse(string pattern)
        {
            var chars = new List<(char Char, bool Wild)>();
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '`' && i + 1 < pattern.Length)
                {
                    chars.Add((pattern[++i], false));
                    continue;
                }
                chars.Add((c, c == '*' || c == '?' || c == '['));
            }
            var shape = new WildcardShape();
            var start = 0;
            var end = chars.Count;
            while (start < end && chars[start].Wild && chars[start].Char == '*') { shape.Leading = true; start++; }
            while (end > start && chars[end - 1].Wild && chars[end - 1].Char == '*') { shape.Trailing = true; end--; }
            if (start == end)
            {
                shape.Problem = "A pattern of only * matches every value, missing ones included; leave the condition out.";
                return shape;
            }
            for (var i = start; i < end; i++)
            {
                if (!chars[i].Wild) continue;
                shape.Problem = chars[i].Char == '*'
                    ? "Intercom matches text at the start (abc*), the end (*abc) or anywhere (*abc*), not with a * in the middle."
                    : $"Intercom has no single-character or [set] wildcards ('{chars[i].Char}'); escape it with ` to match it literally.";
                return shape;
            }
            shape.Text = new string(chars.Skip(start).Take(end - start).Select(c => c.Char).ToArray());
            return shape;
        }
    }
}
