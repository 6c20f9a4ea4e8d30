using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Forwards a range read to the pipeline: items (after -Skip) as typed objects, each failed window as a
    /// non-terminating error whose target is its [start, end) range, and progress per window.
    /// </summary>
    internal sealed class PipelineRangeObserver<T> : IRangeObserver<T> where T : IntercomObject
    {
        private readonly IPipelineSink _sink;
        private readonly string _activity;
        private readonly Func<T, PSObject> _present;
        private readonly int _activityId;
        private readonly List<DateWindow> _failed = new List<DateWindow>();
        private ulong _toSkip;
        private int _lastWindowsDone = -1;
        private int _lastProgressTick;

        public PipelineRangeObserver(IPipelineSink sink, string activity, ulong skip, Func<T, PSObject>? present = null)
        {
            _sink = sink;
            _present = present ?? (item => OutputAdapter.Wrap(item));
            _activity = activity;
            _activityId = Math.Abs(activity.GetHashCode() % 100000) + 1;
            _toSkip = skip;
        }

        public IReadOnlyList<DateWindow> FailedWindows => _failed;

        public long Written { get; private set; }

        public Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
        {
            var skipped = (int)Math.Min(_toSkip, (ulong)items.Count);
            _toSkip -= (ulong)skipped;
            if (skipped == items.Count) return Task.CompletedTask;
            var page = new object[items.Count - skipped];
            for (var i = 0; i < page.Length; i++) page[i] = _present(items[skipped + i]);
            _sink.WriteObjects(page);
            Written += page.Length;
            return Task.CompletedTask;
        }

        public void OnWindowFailed(DateWindow window, Exception error)
        {
            _failed.Add(window);
            var record = ErrorRecords.FromException(
                new WindowFailedException($"The window {window} could not be read: {error.Message} Re-run just this range with -Since '{window.Start:o}' -Until '{window.End:o}'.", window, error),
                "WindowFailed", window);
            _sink.WriteError(record);
        }

        public void OnProgress(RangeProgress progress)
        {
            // One update per window, and at most four a second within long windows: a host redraws on every record.
            var now = Environment.TickCount;
            if (progress.WindowsDone == _lastWindowsDone && unchecked(now - _lastProgressTick) < 250) return;
            _lastWindowsDone = progress.WindowsDone;
            _lastProgressTick = now;
            var status = $"{progress.WindowsDone}/{progress.WindowsTotal} windows, {progress.ItemsEmitted} items, {progress.ItemsPerSecond:0} items/s";
            if (progress.WindowsFailed > 0) status += $", {progress.WindowsFailed} failed";
            var record = new ProgressRecord(_activityId, _activity, status)
            {
                PercentComplete = Math.Min(100, progress.PercentComplete),
                CurrentOperation = progress.CurrentWindow?.ToString(),
            };
            _sink.WriteProgress(record);
        }

        /// <summary>Closes the progress bar and warns about every failed range, so a script can re-run just those.</summary>
        public void Complete()
        {
            _sink.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
            if (_failed.Count > 0)
            {
                _sink.WriteWarning($"{_failed.Count} window(s) failed and their items may be missing: {string.Join(", ", _failed)}. Re-run those ranges with -Since/-Until.");
            }
        }
    }

    /// <summary>A date window that could not be read after retries; <see cref="Window"/> is the range to re-run.</summary>
    public sealed class WindowFailedException : Exception
    {
        public WindowFailedException(string message, DateWindow window, Exception inner) : base(message, inner) => Window = window;

        public DateWindow Window { get; }
    }
}
