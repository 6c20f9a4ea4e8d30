using IntercomPS.Engine.Ranges;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Forwards a read to the pipeline, a plain list or a range alike: items (after -Skip) as typed objects, each
    /// failed window as a non-terminating error whose target is its [start, end) range, and a progress bar.
    /// </summary>
    internal sealed class PipelinePageObserver<T> : IPageObserver<T> where T : IntercomObject
    {
        private readonly IPipelineSink _sink;
        private readonly Func<T, PSObject> _present;
        private readonly ProgressReporter _progress;
        private readonly List<DateWindow> _failed = new List<DateWindow>();
        private ulong _toSkip;

        public PipelinePageObserver(IPipelineSink sink, string activity, ulong skip, Func<T, PSObject>? present = null)
        {
            _sink = sink;
            _present = present ?? (item => OutputAdapter.Wrap(item));
            _progress = new ProgressReporter(sink, activity, "items");
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

        // The pipeline has nothing to commit per window: each item went out as it came.
        public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

        public void OnProgress(ReadProgress progress) => _progress.Report(progress);

        /// <summary>Closes the progress bar and warns about every failed range, so a script can re-run just those.</summary>
        public void Complete()
        {
            _progress.Complete();
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
