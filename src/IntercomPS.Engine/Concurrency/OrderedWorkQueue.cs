namespace IntercomPS.Engine.Concurrency
{
    /// <summary>
    /// Work handed in one piece after another and handed back in the same order: at most <c>concurrency</c> pieces
    /// run at once, and a producer that finds <c>capacity</c> entries (running, or done and not yet taken) waits until
    /// one is taken, so memory stays bounded however much streams through. The module's one bounded hand-over: the
    /// output of background work on its way to PowerShell's pipeline thread (values that are already there), lookups
    /// and changes streaming in from the pipeline (results written in input order), and a page's items expanded a few
    /// at a time (<see cref="MapAsync"/>). Any thread may add and any thread may take.
    /// </summary>
    public sealed class OrderedWorkQueue<T>
    {
        private readonly object _sync = new object();
        private readonly Queue<Task<T>> _entries = new Queue<Task<T>>();
        private readonly SemaphoreSlim _slots;
        private readonly int _capacity;
        private readonly CancellationToken _cancellation;
        private bool _completed;

        /// <param name="concurrency">Pieces of work running at once.</param>
        /// <param name="capacity">Entries held before <see cref="Add(T, CancellationToken)"/> waits; an entry always fits into an empty queue.</param>
        /// <param name="cancellation">Stops work not started yet, and is handed to the work.</param>
        public OrderedWorkQueue(int concurrency, int capacity, CancellationToken cancellation)
        {
            if (concurrency < 1) throw new ArgumentOutOfRangeException(nameof(concurrency), concurrency, "At least one piece of work must be able to run.");
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one entry must fit.");
            _slots = new SemaphoreSlim(concurrency);
            _capacity = capacity;
            _cancellation = cancellation;
        }

        /// <summary>Entries added and not taken yet.</summary>
        public int Count
        {
            get
            {
                lock (_sync) return _entries.Count;
            }
        }

        /// <summary>
        /// Adds a value that is already there, waiting while the queue is full. False when the queue was completed:
        /// nobody will take it.
        /// </summary>
        public bool Add(T value, CancellationToken cancellationToken) => Enqueue(Task.FromResult(value), waitForRoom: true, cancellationToken);

        /// <summary>
        /// Adds work, which starts as soon as a slot is free. With <paramref name="waitForRoom"/> the call first waits
        /// while the queue is full; a caller that takes from the queue itself must not wait for room (nobody else
        /// would make it) and takes before adding more instead. False when the queue was completed; the work is not started.
        /// </summary>
        public bool Add(Func<CancellationToken, Task<T>> work, bool waitForRoom, CancellationToken cancellationToken)
        {
            if (work == null) throw new ArgumentNullException(nameof(work));
            lock (_sync)
            {
                if (!WaitForRoom(waitForRoom, cancellationToken)) return false;
                _entries.Enqueue(Start(work));
                Monitor.PulseAll(_sync);
                return true;
            }
        }

        /// <summary>The oldest entry, removed (it may still be running). Waits for one while the queue is empty; null once it is completed and empty.</summary>
        public Task<T>? Take(CancellationToken cancellationToken)
        {
            using (cancellationToken.Register(WakeAll))
            {
                lock (_sync)
                {
                    while (_entries.Count == 0)
                    {
                        if (_completed) return null;
                        cancellationToken.ThrowIfCancellationRequested();
                        Monitor.Wait(_sync);
                    }
                    var entry = _entries.Dequeue();
                    Monitor.PulseAll(_sync);
                    return entry;
                }
            }
        }

        /// <summary>The oldest entry without removing it; null when the queue is empty.</summary>
        public Task<T>? Peek()
        {
            lock (_sync) return _entries.Count == 0 ? null : _entries.Peek();
        }

        /// <summary>No more entries will be added: waiting producers give up, and <see cref="Take"/> returns null once the queue is empty.</summary>
        public void Complete()
        {
            lock (_sync)
            {
                _completed = true;
                Monitor.PulseAll(_sync);
            }
        }

        /// <summary>
        /// Maps a batch with at most <paramref name="concurrency"/> calls in flight; the results are in the batch's
        /// order. Every call has ended when this returns or throws.
        /// </summary>
        public static async Task<T[]> MapAsync<TIn>(IReadOnlyList<TIn> items, int concurrency, Func<TIn, CancellationToken, Task<T>> map, CancellationToken cancellationToken)
        {
            if (items == null) throw new ArgumentNullException(nameof(items));
            if (map == null) throw new ArgumentNullException(nameof(map));
            var queue = new OrderedWorkQueue<T>(Math.Max(1, concurrency), Math.Max(1, items.Count), cancellationToken);
            var work = new Task<T>[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                queue.Add(token => map(item, token), waitForRoom: false, cancellationToken);
                work[i] = queue.Take(cancellationToken)!;
            }
            await Task.WhenAll(work).ConfigureAwait(false);
            var results = new T[work.Length];
            for (var i = 0; i < work.Length; i++) results[i] = work[i].Result;
            return results;
        }

        private bool Enqueue(Task<T> entry, bool waitForRoom, CancellationToken cancellationToken)
        {
            lock (_sync)
            {
                if (!WaitForRoom(waitForRoom, cancellationToken)) return false;
                _entries.Enqueue(entry);
                Monitor.PulseAll(_sync);
                return true;
            }
        }

        /// <summary>Under the lock: false when completed; otherwise returns once there is room (or at once, when not waiting).</summary>
        private bool WaitForRoom(bool wait, CancellationToken cancellationToken)
        {
            if (!wait || _completed || _entries.Count == 0 || _entries.Count < _capacity) return !_completed;
            using (cancellationToken.Register(WakeAll))
            {
                while (!_completed && _entries.Count > 0 && _entries.Count >= _capacity)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_sync);
                }
            }
            return !_completed;
        }

        private Task<T> Start(Func<CancellationToken, Task<T>> work) =>
            Task.Run(async () =>
            {
                await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
                try
                {
                    return await work(_cancellation).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            }, _cancellation);

        private void WakeAll()
        {
            lock (_sync) Monitor.PulseAll(_sync);
        }
    }
}
