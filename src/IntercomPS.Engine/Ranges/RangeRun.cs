using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// One execution of a <see cref="ChunkedRangeReader{T}"/>: fetcher tasks (one per window being fetched) fill
    /// per-window page queues, and the emitter (the caller's task) drains one window at a time into the observer.
    /// </summary>
    /// <remarks>
    /// All shared state is guarded by one lock; anyone waiting for a change (a fetcher for buffer room or for the
    /// limit's permission, the emitter for a window to emit) awaits <see cref="_changed"/>, which every change
    /// completes and replaces. Why it cannot deadlock:
    /// <list type="bullet">
    /// <item>The emitter, between windows, picks any started window that has pages or has finished. If none has,
    /// no window holds pages, so no fetcher waits for room, and none waits for the limit unless a request is in
    /// flight: someone is fetching.</item>
    /// <item>The window being emitted is never starved: the emitter drains its queue, and the limit check for it
    /// counts only its own buffered items (whose emission comes first), never items of windows queued behind it.</item>
    /// </list>
    /// Memory: at most 2 × ThrottleLimit windows are started and not yet emitted, holding at most
    /// 2 × ThrottleLimit × MaxBufferedPagesPerWindow pages between them; the window being emitted holds at most
    /// MaxBufferedPagesPerWindow, the others share the rest.
    /// <para>
    /// Adaptive split (<see cref="PagingOptions.SplitLargeWindows"/>): pages of one window follow one cursor and
    /// cannot overlap, so a window much larger than its share of the remaining work would finish long after the
    /// others. Two rules keep every slot busy to the end:
    /// <list type="bullet">
    /// <item>Before a window starts, the density the first pages measured so far (total_count over window length)
    /// estimates its pages; when that is more than its share of the pending pages, it is cut in two at whole seconds
    /// before any request, the first piece sized to the share (<see cref="SplitAhead"/>). Nothing is read twice.</item>
    /// <item>When a window's first page shows (total_count) that it is far larger than estimated, the window ends
    /// after that page and its range is read again as consecutive parts inserted right after it
    /// (<see cref="SplitIntoParts"/>). The parts re-read the first page's items, which the id de-duplication drops;
    /// the cost is about one page per split.</item>
    /// </list>
    /// Either way the output is still every item exactly once.
    /// </para>
    /// </remarks>
    internal sealed class RangeRun<T> : IDisposable
    {
        private readonly Func<DateWindow, string?, int, CancellationToken, Task<ListPage<T>>> _fetchPage;
        private readonly Func<T, string?> _idOf;
        private readonly Func<T, DateTimeOffset?> _dateOf;
        private readonly Func<T, bool>? _keep;
        private readonly IPageObserver<T> _observer;
        private readonly CancellationToken _callerToken;
        private readonly CancellationTokenSource _stop;
        private readonly TimeProvider _time;
        private readonly long _startTimestamp;

        private readonly int _throttleLimit;
        private readonly int _perPage;
        private readonly int _maxBufferedPages;
        private readonly long _limit;

        private readonly object _sync = new object();
        private readonly bool _splitLargeWindows;
        private readonly List<WindowState> _windows;
        private readonly List<Task> _fetchers = new List<Task>();
        private readonly IdSet _emittedIds = new IdSet();
        private readonly List<WindowFailure> _failures = new List<WindowFailure>();
        private TaskCompletionSource<bool> _changed = NewSignal();

        // Guarded by _sync.
        private int _started;
        private int _firstNotEmitted;
        private int _fetching;
        private int _startedNotEmitted;
        private WindowState? _current;
        private long _buffered;
        private int _bufferedPages;
        private long _inFlight;
        private long _emitted;
        private long _requests;
        private long _pages;
        private long _outOfWindow;
        private long _fetched;
        // What first pages' total_count told of the run's density, to size windows before their first page.
        private long _measuredItems;
        private double _measuredSeconds;

        // Written by the emitter only.
        private long _duplicates;
        private int _windowsDone;
        private int _windowsRead;
        private bool _limitReached;

        public RangeRun(
            Func<DateWindow, string?, int, CancellationToken, Task<ListPage<T>>> fetchPage,
            Func<T, string?> idOf,
            Func<T, DateTimeOffset?> dateOf,
            Func<T, bool>? keep,
            IReadOnlyList<DateWindow> windows,
            IPageObserver<T> observer,
            PagingOptions options,
            CancellationToken cancellationToken)
        {
            _fetchPage = fetchPage;
            _idOf = idOf;
            _dateOf = dateOf;
            _keep = keep;
            _observer = observer;
            _callerToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _time = options.TimeProvider;
            _startTimestamp = _time.GetTimestamp();
            _throttleLimit = options.ThrottleLimit;
            // With a client-side check, not every item fetched is kept, so pages are not cut down to the limit.
            _perPage = keep == null ? options.EffectivePageSize : options.PageSize;
            _maxBufferedPages = options.MaxBufferedPagesPerWindow;
            _limit = options.Limit ?? long.MaxValue;
            // Parts only help when several windows are fetched at once, and a limit wants the fewest requests.
            _splitLargeWindows = options.SplitLargeWindows && _throttleLimit > 1 && _limit == long.MaxValue;
            _windows = new List<WindowState>(windows.Count);
            foreach (var window in windows) _windows.Add(new WindowState(window));
        }

        public async Task<RangeReadResult> RunAsync()
        {
            _callerToken.ThrowIfCancellationRequested();
            if (_limit == 0)
            {
                _limitReached = _windows.Count > 0;
                return Result();
            }

            using (_stop.Token.Register(() => { lock (_sync) Signal(); }))
            {
                try
                {
                    StartWindows();
                    WindowState? window;
                    while (!_limitReached && (window = await NextWindowToEmitAsync().ConfigureAwait(false)) != null)
                    {
                        await EmitWindowAsync(window).ConfigureAwait(false);
                        StartWindows();
                    }
                }
                finally
                {
                    // Whether done, at the limit, cancelled or failed: stop every fetcher and wait for it, so no
                    // request outlives the call. Fetchers catch their own exceptions; this never throws.
                    _stop.Cancel();
                    Task[] fetchers;
                    lock (_sync) fetchers = _fetchers.ToArray();
                    await Task.WhenAll(fetchers).ConfigureAwait(false);
                }
            }
            return Result();
        }

        private void StartWindows()
        {
            lock (_sync)
            {
                var next = _firstNotEmitted;
                while (!_stop.IsCancellationRequested && _started < _windows.Count &&
                       _fetching < _throttleLimit && _startedNotEmitted < 2 * _throttleLimit)
                {
                    while (_windows[next].Started) next++;
                    SplitAhead(next);
                    var window = _windows[next];
                    window.Started = true;
                    _started++;
                    _fetching++;
                    _startedNotEmitted++;
                    _fetchers.Add(Task.Run(() => FetchWindowAsync(window)));
                }
            }
        }

        private async Task FetchWindowAsync(WindowState window)
        {
            Exception? error = null;
            try
            {
                var chain = new CursorChain(window.Window.ToString());
                string? cursor = null;
                int? announced = null;
                var handedToParts = false;
                long fetched = 0;
                while (true)
                {
                    await ReserveRequestAsync(window).ConfigureAwait(false);
                    ListPage<T>? page = null;
                    try
                    {
                        page = await _fetchPage(window.Window, cursor, _perPage, _stop.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        if (page == null) ReleaseReservation();
                    }
                    if (page == null) throw new InvalidOperationException("The page fetcher returned no page (null).");

                    if (cursor == null) announced = page.TotalCount;
                    fetched += page.Items.Count;
                    var kept = KeepInWindow(page.Items, window.Window);
                    var nextCursor = page.Items.Count == 0 ? null : page.NextCursor;
                    var loop = nextCursor == null ? null : chain.Advance(nextCursor);
                    lock (_sync)
                    {
                        window.RemainingPages = cursor == null
                            ? RemainingPagesAfterFirst(page)
                            : window.RemainingPages is int left ? Math.Max(0, left - 1) : (int?)null;
                        if (cursor == null && nextCursor != null && loop == null && kept.TrueForAll(HasId) && SplitIntoParts(window))
                        {
                            nextCursor = null;
                            handedToParts = true;
                        }
                        if (cursor == null && page.TotalCount is int measured)
                        {
                            _measuredItems += measured;
                            _measuredSeconds += window.Window.Duration.TotalSeconds;
                        }
                        _inFlight--;
                        _pages++;
                        _fetched += page.Items.Count;
                        _outOfWindow += page.Items.Count - kept.Count;
                        if (kept.Count > 0)
                        {
                            window.Pages.Enqueue(kept);
                            _bufferedPages++;
                            window.BufferedItems += kept.Count;
                            _buffered += kept.Count;
                        }
                        Signal();
                    }
                    if (loop != null) throw loop;
                    if (nextCursor == null)
                    {
                        // A split window's items arrive through its parts, each held to its own total_count.
                        if (!handedToParts && announced is int total && fetched < total) throw new WindowShortfallException(total, fetched);
                        return;
                    }
                    cursor = nextCursor;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Stopped by the caller, the limit or a failing consumer: not the window's failure.
            }
            catch (Exception exception)
            {
                error = exception;
            }
            finally
            {
                lock (_sync)
                {
                    window.FetchFinished = true;
                    window.Error = error;
                    _fetching--;
                    Signal();
                }
                StartWindows();
            }
        }

        /// <summary>Waits until this window may send a request: it has buffer room, and the limit may still need it.</summary>
        private async Task ReserveRequestAsync(WindowState window)
        {
            while (true)
            {
                Task changed;
                lock (_sync)
                {
                    _stop.Token.ThrowIfCancellationRequested();
                    if (MayRequest(window))
                    {
                        _inFlight++;
                        _requests++;
                        return;
                    }
                    changed = _changed.Task;
                }
                await changed.ConfigureAwait(false);
            }
        }

        private void ReleaseReservation()
        {
            lock (_sync)
            {
                _inFlight--;
                Signal();
            }
        }

        /// <summary>
        /// Under the lock. Against the limit, items already emitted count, and so do items that will be emitted
        /// before this window's next page could be: for the window being emitted, only its own buffered items; for
        /// any other, everything buffered plus a full page for each request in flight. A request is sent only if the
        /// limit could still be short after all that.
        /// </summary>
        private bool MayRequest(WindowState window)
        {
            if (window.Pages.Count >= _maxBufferedPages)
            {
                // The window being emitted keeps its own cap (the emitter drains it, so it always moves on). A window
                // queued behind it may run ahead into the room other windows leave unused, so a long window does
                // not stall its fetch slot: the whole run still holds at most 2 × ThrottleLimit × cap pages.
                if (window == _current || _bufferedPages + _inFlight >= 2 * _throttleLimit * _maxBufferedPages) return false;
            }
            if (_limit == long.MaxValue) return true;
            var promised = window == _current ? window.BufferedItems : _buffered + _inFlight * _perPage;
            return _emitted + promised < _limit;
        }

        private List<T> KeepInWindow(IReadOnlyList<T> items, DateWindow window)
        {
            var kept = new List<T>(items.Count);
            foreach (var item in items)
            {
                if (_dateOf(item) is DateTimeOffset date && window.Contains(date) && (_keep == null || _keep(item))) kept.Add(item);
            }
            return kept;
        }

        private async Task<WindowState?> NextWindowToEmitAsync()
        {
            while (true)
            {
                Task changed;
                lock (_sync)
                {
                    _callerToken.ThrowIfCancellationRequested();
                    while (_firstNotEmitted < _windows.Count && _windows[_firstNotEmitted].Emitted) _firstNotEmitted++;
                    if (_firstNotEmitted == _windows.Count) return null;

                    // A finished window first: it is emitted in one go and frees its slot. Otherwise the one with pages
                    // that has the fewest left to fetch (the earliest of equals), emitted while it is still being fetched:
                    // windows that finish meanwhile wait for it, so the sooner it finishes, the less is left to emit
                    // after the last page arrives.
                    WindowState? withPages = null;
                    for (var i = _firstNotEmitted; i < _windows.Count; i++)
                    {
                        var window = _windows[i];
                        if (window.Emitted || !window.Started) continue;
                        if (window.FetchFinished)
                        {
                            withPages = window;
                            break;
                        }
                        if (window.Pages.Count > 0 && (withPages == null || FinishesSooner(window, withPages))) withPages = window;
                    }
                    if (withPages != null)
                    {
                        _current = withPages;
                        Signal();
                        return withPages;
                    }
                    changed = _changed.Task;
                }
                await changed.ConfigureAwait(false);
            }
        }

        private static bool FinishesSooner(WindowState window, WindowState than) =>
            window.RemainingPages is int left && (!(than.RemainingPages is int otherLeft) || left < otherLeft);

        private async Task EmitWindowAsync(WindowState window)
        {
            while (true)
            {
                List<T>? batch = null;
                Task? changed = null;
                lock (_sync)
                {
                    _callerToken.ThrowIfCancellationRequested();
                    if (window.Pages.Count > 0)
                    {
                        var page = window.Pages.Dequeue();
                        _bufferedPages--;
                        window.BufferedItems -= page.Count;
                        _buffered -= page.Count;
                        batch = TakeNotYetEmitted(page, window);
                        Signal();
                    }
                    else if (window.FetchFinished)
                    {
                        window.Emitted = true;
                        _current = null;
                        _startedNotEmitted--;
                        Signal();
                    }
                    else
                    {
                        changed = _changed.Task;
                    }
                }

                if (batch != null)
                {
                    if (_limitReached) _stop.Cancel();
                    if (batch.Count > 0)
                    {
                        await _observer.OnItemsAsync(batch, _callerToken).ConfigureAwait(false);
                    }
                    ReportProgress(window.Window);
                    if (_limitReached) return;
                }
                else if (changed != null)
                {
                    await changed.ConfigureAwait(false);
                }
                else
                {
                    await FinishWindowAsync(window).ConfigureAwait(false);
                    return;
                }
            }
        }

        /// <summary>Under the lock: the page's items minus ids already emitted, cut at the limit; counts them as emitted.</summary>
        private List<T> TakeNotYetEmitted(List<T> page, WindowState window)
        {
            var batch = new List<T>(page.Count);
            foreach (var item in page)
            {
                if (_emitted + batch.Count >= _limit) break;
                var id = _idOf(item);
                if (!string.IsNullOrEmpty(id) && !_emittedIds.Add(id))
                {
                    _duplicates++;
                    continue;
                }
                batch.Add(item);
            }
            _emitted += batch.Count;
            window.ItemsEmitted += batch.Count;
            _limitReached = _emitted >= _limit;
            return batch;
        }

        private async Task FinishWindowAsync(WindowState window)
        {
            _windowsDone++;
            if (window.Error != null)
            {
                _failures.Add(new WindowFailure(window.Window, window.Error, window.ItemsEmitted));
                _observer.OnWindowFailed(window.Window, window.Error);
            }
            else
            {
                _windowsRead++;
            }
            await _observer.OnWindowCompletedAsync(window.Window, window.Error == null, _callerToken).ConfigureAwait(false);
            ReportProgress(null);
        }

        private void ReportProgress(DateWindow? current) =>
            _observer.OnProgress(new ReadProgress(_emitted, null, _time.GetElapsedTime(_startTimestamp), _windowsDone, WindowCount(), _failures.Count, current));

        private RangeReadResult Result()
        {
            lock (_sync)
            {
                return new RangeReadResult(_emitted, _duplicates, _outOfWindow, _windows.Count, _windowsRead, _failures.ToArray(),
                    _requests, _pages, _time.GetElapsedTime(_startTimestamp), _limitReached);
            }
        }

        // The parts of a split window re-read its first page: only ids make that harmless.
        private bool HasId(T item) => !string.IsNullOrEmpty(_idOf(item));

        private int WindowCount()
        {
            lock (_sync) return _windows.Count;
        }

        /// <summary>Pages a window still has after its first page, from the total_count that page reports.</summary>
        private int? RemainingPagesAfterFirst(ListPage<T> page)
        {
            if (page.TotalCount is not int total || page.NextCursor == null) return page.NextCursor == null ? 0 : (int?)null;
            var left = Math.Max(0, total - page.Items.Count);
            return (left + _perPage - 1) / _perPage;
        }

        private const double LongPoleFactor = 1.5;

        /// <summary>
        /// Under the lock, after a window's first page: splits the window into parts when it would otherwise finish
        /// far behind the rest of the run. Its share is the run's pending pages over the fetch slots (see
        /// <see cref="PendingPages"/>); a window of at least 1.5 shares gets as many parts as it has shares, at most one
        /// per slot and one per page. The parts are inserted right after it, so they start before any later window.
        /// Returns whether the window was split (its fetch ends here).
        /// </summary>
        private bool SplitIntoParts(WindowState window)
        {
            if (!_splitLargeWindows || !(window.RemainingPages is int mine) || mine < 2) return false;
            // The window's own count joins the density only after this decision: a large window would make every
            // window look large. Before any other window is measured, the others are taken to be like it.
            var density = _measuredSeconds > 0 ? _measuredItems / _measuredSeconds : (mine + 1.0) * _perPage / window.Window.Duration.TotalSeconds;
            var share = Math.Max(1.0, PendingPages(density) / (double)_throttleLimit);
            // A window within half a share of the rest finishes about when they do: splitting it would only cost pages.
            if (mine < LongPoleFactor * share) return false;
            var parts = Math.Min(Math.Min((int)Math.Ceiling(mine / share), _throttleLimit), mine);
            var seconds = (long)Math.Floor(window.Window.Duration.TotalSeconds);
            parts = (int)Math.Min(parts, seconds);
            // The parts re-read the first page, and each may end on a partial page: split only when the longest part
            // is still clearly shorter than the window's own cursor would be.
            if (parts < 2 || (mine + 1 + parts - 1) / parts + 1 >= mine) return false;

            var index = _windows.IndexOf(window);
            var start = window.Window.Start;
            for (var part = 1; part <= parts; part++)
            {
                // Whole-second boundaries: Intercom's timestamps are unix seconds.
                var end = part == parts ? window.Window.End : window.Window.Start.AddSeconds(seconds * part / parts);
                var state = new WindowState(new DateWindow(start, end)) { RemainingPages = mine / parts };
                _windows.Insert(index + part, state);
                start = end;
            }
            window.RemainingPages = 0;
            return true;
        }

        /// <summary>
        /// Under the lock, before the window at <paramref name="index"/> starts: when the density measured so far says
        /// it holds more pages than its fair share of the run's pending pages (the longest window still running, or
        /// the pending pages over the fetch slots), cuts it in two before any request, so nothing is read twice. The
        /// first piece is sized to whole pages of that share; the rest goes right after it and takes the next free slot,
        /// where the same rule applies again. Near the end of a run this spreads the last windows over every slot
        /// (McNaughton's wrap-around schedule) instead of leaving slots idle while a few windows page alone.
        /// </summary>
        private void SplitAhead(int index)
        {
            if (!_splitLargeWindows || _measuredSeconds <= 0) return;
            // Each piece is asked for with the window's margins again (26 hours either side on calendar-day fields) and
            // pays again for what a client-side check drops: when that is a tenth of what was fetched, pieces cost more
            // than they save.
            if (_outOfWindow * 10 > _fetched) return;
            var window = _windows[index].Window;
            var density = _measuredItems / _measuredSeconds;
            var estimatedItems = density * window.Duration.TotalSeconds;
            var mine = EstimatedPages(window, density);
            var share = Math.Max(PendingPages(density) / (double)_throttleLimit, LongestRunning());
            var firstPages = (int)Math.Floor(share);
            // Within a page of its share the window finishes with the rest; a cut would only add a partial page.
            if (firstPages < 1 || mine <= firstPages + 1) return;
            var seconds = (long)Math.Floor(window.Duration.TotalSeconds);
            // A little under whole pages, so that the first piece does not spill a few items onto a page of their own.
            var cut = (long)Math.Floor(seconds * (firstPages - 0.05) * _perPage / estimatedItems);
            if (cut < 1 || cut >= seconds) return;
            // Whole seconds from the window's start, as for parts: Intercom's timestamps are unix seconds.
            var end = window.Start.AddSeconds(cut);
            _windows[index] = new WindowState(new DateWindow(window.Start, end));
            _windows.Insert(index + 1, new WindowState(new DateWindow(end, window.End)));
        }

        /// <summary>
        /// Under the lock: pages still to fetch in the windows not fetched yet, each as its first page told
        /// (<see cref="WindowState.RemainingPages"/>), or else as <paramref name="density"/> (items a second) estimates.
        /// </summary>
        private long PendingPages(double density)
        {
            long pages = 0;
            for (var i = _firstNotEmitted; i < _windows.Count; i++)
            {
                var window = _windows[i];
                if (!window.FetchFinished) pages += window.RemainingPages ?? EstimatedPages(window.Window, density);
            }
            return pages;
        }

        /// <summary>Under the lock: the most pages any window being fetched is known to have left.</summary>
        private int LongestRunning()
        {
            var longest = 0;
            for (var i = _firstNotEmitted; i < _windows.Count; i++)
            {
                var window = _windows[i];
                if (window.Started && !window.FetchFinished && window.RemainingPages is int left) longest = Math.Max(longest, left);
            }
            return longest;
        }

        private int EstimatedPages(DateWindow window, double density) =>
            (int)Math.Max(1, Math.Ceiling(density * window.Duration.TotalSeconds / _perPage));

        /// <summary>Under the lock: wakes everyone waiting for a change; they re-check their condition.</summary>
        private void Signal()
        {
            var changed = _changed;
            _changed = NewSignal();
            changed.TrySetResult(true);
        }

        // Continuations run asynchronously so that completing the signal under the lock never runs a waiter inline.
        private static TaskCompletionSource<bool> NewSignal() =>
            new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose() => _stop.Dispose();

        private sealed class WindowState
        {
            public WindowState(DateWindow window) => Window = window;

            public DateWindow Window { get; }

            public Queue<List<T>> Pages { get; } = new Queue<List<T>>();

            public long BufferedItems { get; set; }

            public long ItemsEmitted { get; set; }

            public bool FetchFinished { get; set; }

            public Exception? Error { get; set; }

            public bool Emitted { get; set; }

            public bool Started { get; set; }

            /// <summary>Pages still to fetch, as the first page's total_count tells; null until then, or when unknown.</summary>
            public int? RemainingPages { get; set; }
        }
    }
}
