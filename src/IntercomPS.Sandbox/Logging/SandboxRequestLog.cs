using System.Collections.Concurrent;
using System.Threading;

namespace IntercomPS.Sandbox
{
    /// <summary>Every request the workspace received over any transport, with peak concurrency. Thread-safe.</summary>
    public sealed class SandboxRequestLog
    {
        private readonly object _gate = new object();
        private readonly Queue<SandboxLogEntry> _entries = new Queue<SandboxLogEntry>();
        private readonly ConcurrentDictionary<string, int> _byRoute = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<int, int> _byStatus = new ConcurrentDictionary<int, int>();
        private readonly int _capacity;
        private long _sequence;
        private int _inFlight;
        private int _maxConcurrency;
        private int _total;

        internal SandboxRequestLog(int capacity)
        {
            _capacity = Math.Max(1, capacity);
        }

        /// <summary>A snapshot of the most recent entries (up to <see cref="SandboxOptions.LogCapacity"/>), oldest first.</summary>
        public IReadOnlyList<SandboxLogEntry> Entries
        {
            get { lock (_gate) return _entries.ToArray(); }
        }

        /// <summary>Requests recorded since creation or the last <see cref="Clear"/>.</summary>
        public int TotalCount => Volatile.Read(ref _total);

        /// <summary>Requests for a route template such as <c>"POST /conversations/search"</c> (see <see cref="SandboxRoutes"/>).</summary>
        public int Count(string route) => _byRoute.TryGetValue(route, out var count) ? count : 0;

        /// <summary>Requests answered with this HTTP status (0: dropped or never answered).</summary>
        public int CountStatus(int status) => _byStatus.TryGetValue(status, out var count) ? count : 0;

        /// <summary>Requests that got this fault.</summary>
        public int CountFault(SandboxFault fault)
        {
            lock (_gate)
            {
                var count = 0;
                foreach (var entry in _entries) if (entry.Fault == fault) count++;
                return count;
            }
        }

        /// <summary>Peak number of requests in flight at once since creation or the last <see cref="Clear"/>.</summary>
        public int MaxConcurrency => Volatile.Read(ref _maxConcurrency);

        /// <summary>Requests being answered right now.</summary>
        public int InFlight => Volatile.Read(ref _inFlight);

        /// <summary>Forgets entries and counts; the peak restarts from the requests in flight now.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _entries.Clear();
                _byRoute.Clear();
                _byStatus.Clear();
                Volatile.Write(ref _total, 0);
                Volatile.Write(ref _maxConcurrency, Volatile.Read(ref _inFlight));
            }
        }

        internal long NextSequence() => Interlocked.Increment(ref _sequence);

        internal void Enter()
        {
            var now = Interlocked.Increment(ref _inFlight);
            int peak;
            while (now > (peak = Volatile.Read(ref _maxConcurrency)))
            {
                if (Interlocked.CompareExchange(ref _maxConcurrency, now, peak) == peak) break;
            }
        }

        internal void Exit() => Interlocked.Decrement(ref _inFlight);

        internal void Record(SandboxLogEntry entry)
        {
            lock (_gate)
            {
                _entries.Enqueue(entry);
                while (_entries.Count > _capacity) _entries.Dequeue();
                _byRoute.AddOrUpdate(entry.Route, 1, (_, c) => c + 1);
                _byStatus.AddOrUpdate(entry.Status, 1, (_, c) => c + 1);
                _total++;
            }
        }
    }
}
