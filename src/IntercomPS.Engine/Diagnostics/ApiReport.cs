using System.Globalization;
using System.IO;
using System.Net;
using System.Text;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// The run report (Export-IntercomApiReport): one self-contained HTML page with inline CSS and inline SVG charts, no
    /// script, font or link to anything outside it, so it opens by double-click on a server with no internet.
    /// </summary>
    public static class ApiReport
    {
        private const int ChartWidth = 1000;
        private const string RequestsColor = "#3b6fb6";
        private const string FailedColor = "#c0392b";
        private const string RemainingColor = "#e67e22";
        private static readonly string[] PercentileColors = { "#7fa7d9", "#3b6fb6", "#1f3f73" };
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        /// <summary>Writes the page to <paramref name="path"/> (UTF-8), replacing the file.</summary>
        public static void Write(RequestSummary summary, string path, DateTimeOffset generatedAt)
        {
            File.WriteAllText(path, Render(summary, generatedAt), new UTF8Encoding(false));
        }

        internal static string Render(RequestSummary summary, DateTimeOffset generatedAt)
        {
            if (summary == null) throw new ArgumentNullException(nameof(summary));
            var html = new StringBuilder(16 * 1024);
            var total = summary.Total;
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>IntercomPS API report</title>\n")
                .Append("<style>\n")
                .Append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:24px auto;max-width:1080px;padding:0 16px;color:#222;background:#fff}\n")
                .Append("h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}\n")
                .Append(".meta{color:#666;font-size:13px;margin:0 0 12px}.note{color:#666;font-size:13px;margin:6px 0}\n")
                .Append("table{border-collapse:collapse;font-size:13px;margin:6px 0}th,td{border:1px solid #ddd;padding:4px 8px;text-align:right}\n")
                .Append("th{background:#f3f5f8}td:first-child,th:first-child{text-align:left}\n")
                .Append("svg{display:block;width:100%;height:auto;max-width:").Append(ChartWidth).Append("px}\n")
                .Append("svg text{font-size:12px;fill:#333}.legend span{display:inline-block;margin-right:16px;font-size:13px}\n")
                .Append(".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}\n")
                .Append("</style>\n</head>\n<body>\n");
            html.Append("<h1>IntercomPS API report</h1>\n<p class=\"meta\">Source: ").Append(Encode(summary.Source))
                .Append(" &middot; generated ").Append(Time(generatedAt)).Append(" UTC");
            if (total.FirstRequestAt != null) html.Append(" &middot; requests from ").Append(Time(total.FirstRequestAt.Value)).Append(" to ").Append(Time(total.LastRequestAt!.Value)).Append(" UTC");
            html.Append("</p>\n");

            AppendSummary(html, summary);
            html.Append("<h2>Requests per 10-second window and rate-limit headroom</h2>\n");
            AppendTimeline(html, summary.Timeline);
            html.Append("<h2>Latency percentiles per route</h2>\n");
            AppendLatency(html, summary.Routes);
            html.Append("<h2>Errors and retries by cause</h2>\n");
            AppendCauses(html, summary.Causes);
            html.Append("<h2>Routes</h2>\n");
            AppendRouteTable(html, summary.Routes, total);
            html.Append("</body>\n</html>\n");
            return html.ToString();
        }

        private static void AppendSummary(StringBuilder html, RequestSummary summary)
        {
            var total = summary.Total;
            html.Append("<h2>Summary</h2>\n<table id=\"summary\">\n");
            Row(html, "Requests sent (retries included)", Count(total.Requests));
            Row(html, "Calls that ended in an error", Count(total.Errors));
            Row(html, "Retries", Count(total.Retries));
            Row(html, "Answered 429 Too Many Requests", Count(total.RateLimited));
            Row(html, "Time span", Duration(total.TimeSpan));
            Row(html, "Requests per minute", Number(total.RequestsPerMinute));
            Row(html, "Latency P50 / P95 / P99 / max", $"{Number(total.P50Ms)} / {Number(total.P95Ms)} / {Number(total.P99Ms)} / {Number(total.MaxMs)} ms");
            Row(html, "Lowest rate-limit remaining", Optional(total.LowestRateLimitRemaining));
            Row(html, "Last rate-limit remaining", Optional(total.LastRateLimitRemaining));
            Row(html, "Bytes received", Bytes(total.BytesReceived));
            if (summary.SkippedLines > 0) Row(html, "Incomplete log lines skipped", Count(summary.SkippedLines));
            html.Append("</table>\n");
        }

        private static void AppendTimeline(StringBuilder html, IReadOnlyList<TrafficWindow> windows)
        {
            if (windows.Count == 0)
            {
                html.Append("<p class=\"note\">No requests were recorded.</p>\n");
                return;
            }
            const int height = 320, left = 60, right = 60, top = 16, bottom = 44;
            var plotWidth = ChartWidth - left - right;
            var plotHeight = height - top - bottom;
            var first = windows[0].Start;
            // At least a minute on the axis, so one short run is a bar rather than a wall.
            var slots = Math.Max(6, (int)((windows[windows.Count - 1].Start - first).Ticks / RequestLedger.WindowLength.Ticks) + 1);
            var slotWidth = (double)plotWidth / slots;
            var maxRequests = NiceCeiling(windows.Max(window => window.Requests));
            // The right axis spans a whole window's budget (X-RateLimit-Limit is per minute, spent per 10 seconds), so
            // a line near the bottom means the run came close to being throttled.
            var maxRemaining = NiceCeiling(windows.Max(window => Math.Max(window.LowestRateLimitRemaining ?? 0, ((window.RateLimit ?? 0) + 5) / 6)));
            var hasRemaining = windows.Any(window => window.LowestRateLimitRemaining != null);

            html.Append("<svg id=\"timeline-chart\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height)
                .Append("\" role=\"img\" aria-label=\"Requests per 10-second window, with the lowest rate-limit remaining in each\">\n");
            Gridlines(html, left, top, plotWidth, plotHeight, maxRequests, hasRemaining ? maxRemaining : (long?)null);
            foreach (var window in windows)
            {
                var slot = (int)((window.Start - first).Ticks / RequestLedger.WindowLength.Ticks);
                var x = left + slot * slotWidth + slotWidth * 0.1;
                var width = Math.Max(1, slotWidth * 0.8);
                var barHeight = plotHeight * window.Requests / (double)maxRequests;
                var failedHeight = plotHeight * window.Failed / (double)maxRequests;
                var tip = $"{window.Start.UtcDateTime:HH:mm:ss}: {window.Requests} requests, {window.Failed} failed, {window.Retries} retries, {window.RateLimited} answered 429" +
                          (window.LowestRateLimitRemaining is int low ? $", rate-limit remaining down to {low}" : string.Empty);
                html.Append("<rect class=\"requests\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top + plotHeight - barHeight))
                    .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(barHeight)).Append("\" fill=\"").Append(RequestsColor)
                    .Append("\"><title>").Append(Encode(tip)).Append("</title></rect>\n");
                if (window.Failed > 0)
                {
                    html.Append("<rect class=\"failed\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(top + plotHeight - failedHeight))
                        .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(failedHeight)).Append("\" fill=\"").Append(FailedColor).Append("\"/>\n");
                }
            }
            if (hasRemaining)
            {
                var measured = windows.Where(window => window.LowestRateLimitRemaining != null).ToList();
                // One window would draw a point, not a line: then the line spans that window's slot.
                var offsets = measured.Count == 1 ? new[] { 0.0, 1.0 } : new[] { 0.5 };
                var points = measured.SelectMany(window => offsets.Select(offset =>
                {
                    var slot = (int)((window.Start - first).Ticks / RequestLedger.WindowLength.Ticks);
                    var y = top + plotHeight - plotHeight * window.LowestRateLimitRemaining!.Value / (double)maxRemaining;
                    return N(left + (slot + offset) * slotWidth) + "," + N(y);
                })).ToList();
                html.Append("<polyline id=\"remaining-line\" fill=\"none\" stroke=\"").Append(RemainingColor).Append("\" stroke-width=\"2.5\" points=\"")
                    .Append(string.Join(" ", points)).Append("\"/>\n");
            }
            TimeTicks(html, first, slots, left, top + plotHeight, slotWidth);
            html.Append("<text x=\"14\" y=\"").Append(top + plotHeight / 2).Append("\" transform=\"rotate(-90 14 ").Append(top + plotHeight / 2)
                .Append(")\" text-anchor=\"middle\">requests</text>\n");
            if (hasRemaining)
            {
                var x = ChartWidth - 12;
                html.Append("<text x=\"").Append(x).Append("\" y=\"").Append(top + plotHeight / 2).Append("\" transform=\"rotate(90 ").Append(x).Append(' ')
                    .Append(top + plotHeight / 2).Append(")\" text-anchor=\"middle\">rate-limit remaining</text>\n");
            }
            html.Append("</svg>\n<div class=\"legend\">")
                .Append(Swatch(RequestsColor, "requests sent")).Append(Swatch(FailedColor, "failed attempts"))
                .Append(hasRemaining ? Swatch(RemainingColor, "lowest X-RateLimit-Remaining in the window (right axis)") : string.Empty)
                .Append("</div>\n<p class=\"note\">Times in UTC; each bar is one 10-second window (Intercom counts its rate limit per 10 seconds).</p>\n");
        }

        private static void AppendLatency(StringBuilder html, IReadOnlyList<RouteStatistics> routes)
        {
            if (routes.Count == 0)
            {
                html.Append("<p class=\"note\">No requests were recorded.</p>\n");
                return;
            }
            const int labelWidth = 330, rowHeight = 54, top = 10, bottom = 30, right = 80;
            var shown = routes.Take(20).ToList();
            var height = top + shown.Count * rowHeight + bottom;
            var plotWidth = ChartWidth - labelWidth - right;
            var max = NiceCeiling((long)Math.Ceiling(shown.Max(route => route.P99Ms)), minimum: 1);
            html.Append("<svg id=\"latency-chart\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height)
                .Append("\" role=\"img\" aria-label=\"P50, P95 and P99 latency per route\">\n");
            for (var tick = 0; tick <= 4; tick++)
            {
                var x = labelWidth + plotWidth * tick / 4.0;
                html.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(top).Append("\" y2=\"").Append(height - bottom)
                    .Append("\" stroke=\"#e3e3e3\"/>\n<text x=\"").Append(N(x)).Append("\" y=\"").Append(height - bottom + 16).Append("\" text-anchor=\"middle\">")
                    .Append(Number(max * tick / 4.0)).Append(tick == 4 ? " ms" : string.Empty).Append("</text>\n");
            }
            for (var i = 0; i < shown.Count; i++)
            {
                var route = shown[i];
                var y = top + i * rowHeight;
                html.Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + rowHeight / 2 + 4).Append("\" text-anchor=\"end\">")
                    .Append(Encode(Shorten(route.Route, 44))).Append("<title>").Append(Encode(route.Route)).Append("</title></text>\n");
                var values = new[] { route.P50Ms, route.P95Ms, route.P99Ms };
                for (var p = 0; p < values.Length; p++)
                {
                    var width = Math.Max(1, plotWidth * values[p] / max);
                    var barY = y + 6 + p * 14;
                    html.Append("<rect class=\"latency\" x=\"").Append(labelWidth).Append("\" y=\"").Append(barY).Append("\" width=\"").Append(N(width))
                        .Append("\" height=\"12\" fill=\"").Append(PercentileColors[p]).Append("\"><title>").Append(Encode(route.Route)).Append(' ')
                        .Append(new[] { "P50", "P95", "P99" }[p]).Append(' ').Append(Number(values[p])).Append(" ms</title></rect>\n")
                        .Append("<text x=\"").Append(N(labelWidth + width + 4)).Append("\" y=\"").Append(barY + 10).Append("\">").Append(Number(values[p])).Append("</text>\n");
                }
            }
            html.Append("</svg>\n<div class=\"legend\">").Append(Swatch(PercentileColors[0], "P50")).Append(Swatch(PercentileColors[1], "P95"))
                .Append(Swatch(PercentileColors[2], "P99")).Append("</div>\n");
            if (routes.Count > shown.Count) html.Append("<p class=\"note\">The 20 busiest routes of ").Append(routes.Count).Append("; every route is in the table below.</p>\n");
        }

        private static void AppendCauses(StringBuilder html, IReadOnlyList<CauseStatistics> causes)
        {
            if (causes.Count == 0)
            {
                html.Append("<p class=\"note\" id=\"no-failures\">No attempt failed and nothing was retried.</p>\n");
                return;
            }
            const int labelWidth = 330, rowHeight = 40, top = 10, bottom = 10, right = 150;
            var height = top + causes.Count * rowHeight + bottom;
            var plotWidth = ChartWidth - labelWidth - right;
            var max = NiceCeiling(causes.Max(cause => Math.Max(cause.FailedAttempts, cause.Retries)), minimum: 1);
            html.Append("<svg id=\"causes-chart\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height)
                .Append("\" role=\"img\" aria-label=\"Failed attempts and retries by cause\">\n");
            for (var i = 0; i < causes.Count; i++)
            {
                var cause = causes[i];
                var y = top + i * rowHeight;
                html.Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + rowHeight / 2 + 4).Append("\" text-anchor=\"end\">")
                    .Append(Encode(Shorten(cause.Cause, 44))).Append("<title>").Append(Encode(cause.Cause)).Append("</title></text>\n");
                var bars = new[] { (cause.FailedAttempts, FailedColor, "failed attempts"), (cause.Retries, RemainingColor, "retried") };
                for (var b = 0; b < bars.Length; b++)
                {
                    var width = Math.Max(1, plotWidth * bars[b].Item1 / (double)max);
                    var barY = y + 6 + b * 14;
                    html.Append("<rect class=\"cause\" x=\"").Append(labelWidth).Append("\" y=\"").Append(barY).Append("\" width=\"").Append(N(width))
                        .Append("\" height=\"12\" fill=\"").Append(bars[b].Item2).Append("\"/>\n<text x=\"").Append(N(labelWidth + width + 4)).Append("\" y=\"")
                        .Append(barY + 10).Append("\">").Append(Count(bars[b].Item1)).Append(' ').Append(bars[b].Item3).Append("</text>\n");
                }
            }
            html.Append("</svg>\n<div class=\"legend\">").Append(Swatch(FailedColor, "failed attempts")).Append(Swatch(RemainingColor, "retries caused"))
                .Append("</div>\n<table id=\"causes\">\n<tr><th>Cause</th><th>Failed attempts</th><th>Retries caused</th></tr>\n");
            foreach (var cause in causes)
            {
                html.Append("<tr><td>").Append(Encode(cause.Cause)).Append("</td><td>").Append(Count(cause.FailedAttempts)).Append("</td><td>")
                    .Append(Count(cause.Retries)).Append("</td></tr>\n");
            }
            html.Append("</table>\n<p class=\"note\">A failed attempt that was retried and then succeeded is not an error for the caller; the summary's errors are the calls whose last attempt failed.</p>\n");
        }

        private static void AppendRouteTable(StringBuilder html, IReadOnlyList<RouteStatistics> routes, RouteStatistics total)
        {
            html.Append("<table id=\"routes\">\n<tr><th>Route</th><th>Requests</th><th>Errors</th><th>Retries</th><th>429s</th><th>P50 ms</th><th>P95 ms</th><th>P99 ms</th><th>Max ms</th><th>Per minute</th><th>Lowest remaining</th><th>Received</th></tr>\n");
            foreach (var route in routes.Concat(new[] { total }))
            {
                html.Append(route == total ? "<tr style=\"font-weight:600\">" : "<tr>").Append("<td>").Append(Encode(route.Route)).Append("</td><td>")
                    .Append(Count(route.Requests)).Append("</td><td>").Append(Count(route.Errors)).Append("</td><td>").Append(Count(route.Retries))
                    .Append("</td><td>").Append(Count(route.RateLimited)).Append("</td><td>").Append(Number(route.P50Ms)).Append("</td><td>")
                    .Append(Number(route.P95Ms)).Append("</td><td>").Append(Number(route.P99Ms)).Append("</td><td>").Append(Number(route.MaxMs))
                    .Append("</td><td>").Append(Number(route.RequestsPerMinute)).Append("</td><td>").Append(Optional(route.LowestRateLimitRemaining))
                    .Append("</td><td>").Append(Bytes(route.BytesReceived)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }

        private static void Gridlines(StringBuilder html, int left, int top, int plotWidth, int plotHeight, long maxRequests, long? maxRemaining)
        {
            for (var tick = 0; tick <= 4; tick++)
            {
                var y = top + plotHeight - plotHeight * tick / 4.0;
                html.Append("<line x1=\"").Append(left).Append("\" x2=\"").Append(left + plotWidth).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y))
                    .Append("\" stroke=\"").Append(tick == 0 ? "#999" : "#e3e3e3").Append("\"/>\n<text x=\"").Append(left - 6).Append("\" y=\"").Append(N(y + 4))
                    .Append("\" text-anchor=\"end\">").Append(Number(maxRequests * tick / 4.0)).Append("</text>\n");
                if (maxRemaining != null)
                {
                    html.Append("<text x=\"").Append(left + plotWidth + 6).Append("\" y=\"").Append(N(y + 4)).Append("\" fill=\"").Append(RemainingColor)
                        .Append("\">").Append(Number(maxRemaining.Value * tick / 4.0)).Append("</text>\n");
                }
            }
        }

        private static void TimeTicks(StringBuilder html, DateTimeOffset first, int slots, int left, int baseline, double slotWidth)
        {
            const int wanted = 8;
            var step = Math.Max(1, (int)Math.Ceiling(slots / (double)wanted));
            for (var slot = 0; slot < slots; slot += step)
            {
                var x = left + slot * slotWidth;
                var time = first + TimeSpan.FromTicks(RequestLedger.WindowLength.Ticks * slot);
                html.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(baseline).Append("\" y2=\"").Append(baseline + 5)
                    .Append("\" stroke=\"#999\"/>\n<text x=\"").Append(N(x)).Append("\" y=\"").Append(baseline + 20).Append("\" text-anchor=\"middle\">")
                    .Append(time.UtcDateTime.ToString(slots * RequestLedger.WindowLength.TotalHours > 20 ? "MM-dd HH:mm" : "HH:mm:ss", Invariant)).Append("</text>\n");
            }
        }

        /// <summary>1, 2 or 5 times a power of ten, at or above <paramref name="value"/>: axis maxima people can read.</summary>
        private static long NiceCeiling(long value, long minimum = 4)
        {
            value = Math.Max(value, minimum);
            long power = 1;
            while (power * 10 < value) power *= 10;
            foreach (var factor in new[] { 1, 2, 4, 5, 10 })
            {
                if (power * factor >= value) return power * factor;
            }
            return power * 10;
        }

        private static void Row(StringBuilder html, string label, string value) =>
            html.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>\n");

        private static string Swatch(string color, string label) =>
            $"<span><i class=\"swatch\" style=\"background:{color}\"></i>{Encode(label)}</span>";

        private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "\u2026";

        private static string Encode(string text) => WebUtility.HtmlEncode(text);

        private static string N(double value) => value.ToString("0.##", Invariant);

        private static string Number(double value) => value.ToString("#,0.#", Invariant);

        private static string Count(long value) => value.ToString("#,0", Invariant);

        private static string Optional(int? value) => value is int number ? Count(number) : "n/a";

        private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Invariant);

        private static string Duration(TimeSpan span) =>
            span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min {span.Seconds} s"
            : span.TotalMinutes >= 1 ? $"{span.Minutes} min {span.Seconds} s"
            : $"{span.TotalSeconds.ToString("0.0", Invariant)} s";

        private static string Bytes(long bytes) =>
            bytes >= 1024 * 1024 ? (bytes / 1024.0 / 1024).ToString("0.0", Invariant) + " MB" : (bytes / 1024.0).ToString("0.0", Invariant) + " KB";
    }
}
