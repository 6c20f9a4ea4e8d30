using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace IntercomPS.Bench
{
    internal enum TargetStatus
    {
        /// <summary>A figure shown for comparison, with no target of its own.</summary>
        Info,
        Met,
        Missed,
    }

    internal sealed record ResultRow(string Scenario, string Measure, string Result, string Target, TargetStatus Status);

    /// <summary>Every figure of one run, and why targets were missed, printed as a table and written as Markdown.</summary>
    internal sealed class ResultTable
    {
        private readonly List<ResultRow> _rows = new List<ResultRow>();
        private readonly List<string> _notes = new List<string>();

        public IReadOnlyList<ResultRow> Rows => _rows;

        public IReadOnlyList<string> Notes => _notes;

        public void Info(string scenario, string measure, string result) => _rows.Add(new ResultRow(scenario, measure, result, string.Empty, TargetStatus.Info));

        public void Target(string scenario, string measure, string result, string target, bool met, string? whyMissed = null)
        {
            _rows.Add(new ResultRow(scenario, measure, result, target, met ? TargetStatus.Met : TargetStatus.Missed));
            if (!met && whyMissed != null) _notes.Add($"**{scenario} — {measure}** missed: {whyMissed}");
        }

        public void Note(string text) => _notes.Add(text);

        public string ToConsoleText()
        {
            var header = new[] { "Scenario", "Measure", "Result", "Target", "Status" };
            var cells = _rows.OrderBy(row => row.Scenario, StringComparer.Ordinal).Select(r => new[] { r.Scenario, r.Measure, r.Result, r.Target, StatusText(r.Status) }).ToList();
            var widths = Enumerable.Range(0, header.Length).Select(i => Math.Max(header[i].Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
            var text = new StringBuilder();
            AppendLine(text, header, widths);
            text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
            foreach (var row in cells) AppendLine(text, row, widths);
            return text.ToString();
        }

        public string ToMarkdownTable()
        {
            var text = new StringBuilder();
            text.AppendLine("| Scenario | Measure | Result | Target | Status |");
            text.AppendLine("| --- | --- | ---: | --- | --- |");
            // Scenarios in their numbered order, whatever order they ran in (the sort is stable within one).
            foreach (var r in _rows.OrderBy(row => row.Scenario, StringComparer.Ordinal))
            {
                text.AppendLine($"| {Escape(r.Scenario)} | {Escape(r.Measure)} | {Escape(r.Result)} | {Escape(r.Target)} | {MarkdownStatus(r.Status)} |");
            }
            return text.ToString();
        }

        private static void AppendLine(StringBuilder text, string[] cells, int[] widths) =>
            text.AppendLine(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());

        private static string StatusText(TargetStatus status) => status switch
        {
            TargetStatus.Met => "met",
            TargetStatus.Missed => "MISSED",
            _ => string.Empty,
        };

        private static string MarkdownStatus(TargetStatus status) => status switch
        {
            TargetStatus.Met => "met",
            TargetStatus.Missed => "**missed**",
            _ => string.Empty,
        };

        private static string Escape(string text) => text.Replace("|", "\\|");
    }

    internal static class Format
    {
        public static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";

        public static string Milliseconds(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";

        public static string Rate(double perSecond) => perSecond.ToString("#,0", CultureInfo.InvariantCulture) + " obj/s";

        public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

        public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

        public static string MB(double bytes) => (bytes / 1_000_000d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

        public static string Micros(double micros) => micros.ToString("0.0", CultureInfo.InvariantCulture) + " µs";

        public static string Bytes(double bytes) => bytes >= 1000
            ? (bytes / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " KB"
            : bytes.ToString("0", CultureInfo.InvariantCulture) + " B";

        public static string Number(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
    }
}
