namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// One progress bar for a read or an export: an update per finished window, and at most four a second in between
    /// (a host redraws on every record), then a completed record at the end.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private const int MinimumMillisecondsBetweenUpdates = 250;

        private readonly IPipelineSink _sink;
        private readonly string _activity;
        private readonly string _itemsNoun;
        private readonly int _activityId;
        private int _lastWindowsDone = -1;
        private int _lastTick;
        private bool _shown;

        /// <param name="itemsNoun">What the items are called in the status: "items", "records written".</param>
        public ProgressReporter(IPipelineSink sink, string activity, string itemsNoun)
        {
            _sink = sink;
            _activity = activity;
            _itemsNoun = itemsNoun;
            _activityId = Math.Abs(activity.GetHashCode() % 100000) + 1;
        }

        public void Report(ReadProgress progress)
        {
            var now = Environment.TickCount;
            if (progress.WindowsDone == _lastWindowsDone && unchecked(now - _lastTick) < MinimumMillisecondsBetweenUpdates) return;
            _lastWindowsDone = progress.WindowsDone;
            _lastTick = now;
            _shown = true;
            var status = progress.WindowsTotal > 0 ? $"{progress.WindowsDone}/{progress.WindowsTotal} windows, " : string.Empty;
            status += progress.ItemsExpected is int expected ? $"{progress.Items} of {expected} {_itemsNoun}" : $"{progress.Items} {_itemsNoun}";
            status += $", {progress.ItemsPerSecond:0}/s";
            if (progress.WindowsFailed > 0) status += $", {progress.WindowsFailed} failed";
            _sink.WriteProgress(new ProgressRecord(_activityId, _activity, status)
            {
                PercentComplete = progress.PercentComplete,
                CurrentOperation = progress.CurrentWindow?.ToString(),
            });
        }

        /// <summary>Closes the bar, when one was shown.</summary>
        public void Complete()
        {
            if (_shown) _sink.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
