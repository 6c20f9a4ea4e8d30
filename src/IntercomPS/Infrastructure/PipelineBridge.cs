using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Runs asynchronous engine work on the thread pool while everything that touches PowerShell (WriteObject,
    /// WriteError, WriteVerbose, WriteProgress) happens on the pipeline thread, which PowerShell requires.
    /// The queue is bounded: when the pipeline consumes slowly, producers wait, so memory stays flat however many
    /// objects stream through.
    /// </summary>
    internal sealed class PipelineBridge : IPipelineSink
    {
        // Objects waiting for the pipeline thread, counted one by one however they were handed over. One: a producer
        // waits while anything is queued, so at most one page waits while the pipeline works through another and the
        // next is fetched. That is enough to keep both sides busy, and it keeps a downstream Select-Object -First from
        // letting the producer run pages ahead of what the pipeline will ever take.
        private const int QueueCapacity = 1;

        private readonly OutputQueue _queue = new OutputQueue(QueueCapacity);
        private readonly CancellationToken _cancellation;

        private PipelineBridge(CancellationToken cancellation) => _cancellation = cancellation;

        /// <summary>
        /// Starts <paramref name="work"/> and pumps its output into <paramref name="cmdlet"/> until it finishes.
        /// Exceptions of the work are rethrown here, on the pipeline thread.
        /// </summary>
        public static void Run(Cmdlet cmdlet, CancellationToken cancellation, Func<IPipelineSink, CancellationToken, Task> work)
        {
            // Linked so that leaving early (downstream Select-Object -First, -ErrorAction Stop, Ctrl+C) also stops
            // the producers and their in-flight requests.
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                var bridge = new PipelineBridge(linked.Token);
                var task = Task.Run(() => work(bridge, linked.Token), linked.Token);
                task.ContinueWith(_ => bridge._queue.Complete(), TaskScheduler.Default);
                try
                {
                    while (bridge._queue.Take(cancellation) is Action<Cmdlet> action)
                    {
                        action(cmdlet);
                    }
                    task.GetAwaiter().GetResult();
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                finally
                {
                    linked.Cancel();
                    bridge._queue.Complete();
                }
            }
        }

        public void WriteObject(object item) => Enqueue(c => c.WriteObject(item), 1);

        /// <summary>
        /// A whole page in one hand-over: one wake-up of the pipeline thread per page rather than per object.
        /// </summary>
        public void WriteObjects(IReadOnlyList<object> items)
        {
            if (items.Count == 0) return;
            Enqueue(c =>
            {
                for (var i = 0; i < items.Count; i++) c.WriteObject(items[i]);
            }, items.Count);
        }

        public void WriteError(ErrorRecord error) => Enqueue(c => c.WriteError(error), 1);

        public void WriteWarning(string text) => Enqueue(c => c.WriteWarning(text), 1);

        public void WriteVerbose(string text) => Enqueue(c => c.WriteVerbose(text), 1);

        public void WriteDebug(string text) => Enqueue(c => c.WriteDebug(text), 1);

        public void WriteProgress(ProgressRecord progress) => Enqueue(c => c.WriteProgress(progress), 1);

        public void WriteInformation(object data, string[] tags) => Enqueue(c => c.WriteInformation(data, tags), 1);

        private void Enqueue(Action<Cmdlet> action, int weight)
        {
            if (!_queue.Add(action, weight, _cancellation))
            {
                // Added after completion: the pipeline has stopped reading (downstream Select-Object -First, Ctrl+C).
                throw new OperationCanceledException(_cancellation);
            }
        }

        /// <summary>
        /// A blocking queue bounded by weight (objects), not by entries: a producer waits while the queue holds
        /// <c>capacity</c> objects or more, but an entry heavier than the capacity still goes into an empty queue.
        /// </summary>
        private sealed class OutputQueue
        {
            private readonly object _sync = new object();
            private readonly Queue<(Action<Cmdlet> Action, int Weight)> _entries = new Queue<(Action<Cmdlet>, int)>();
            private readonly int _capacity;
            private int _weight;
            private bool _completed;

            public OutputQueue(int capacity) => _capacity = capacity;

            /// <summary>False when the queue was completed (nobody will read the entry).</summary>
            public bool Add(Action<Cmdlet> action, int weight, CancellationToken cancellation)
            {
                using (cancellation.Register(WakeAll))
                {
                    lock (_sync)
                    {
                        while (!_completed && _weight > 0 && _weight + weight > _capacity)
                        {
                            cancellation.ThrowIfCancellationRequested();
                            Monitor.Wait(_sync);
                        }
                        if (_completed) return false;
                        _entries.Enqueue((action, weight));
                        _weight += weight;
                        Monitor.PulseAll(_sync);
                        return true;
                    }
                }
            }

            /// <summary>The next entry, or null once the queue is completed and empty.</summary>
            public Action<Cmdlet>? Take(CancellationToken cancellation)
            {
                using (cancellation.Register(WakeAll))
                {
                    lock (_sync)
                    {
                        while (_entries.Count == 0)
                        {
                            if (_completed) return null;
                            cancellation.ThrowIfCancellationRequested();
                            Monitor.Wait(_sync);
                        }
                        var entry = _entries.Dequeue();
                        _weight -= entry.Weight;
                        Monitor.PulseAll(_sync);
                        return entry.Action;
                    }
                }
            }

            public void Complete()
            {
                lock (_sync)
                {
                    _completed = true;
                    Monitor.PulseAll(_sync);
                }
            }

            private void WakeAll()
            {
                lock (_sync) Monitor.PulseAll(_sync);
            }
        }
    }

    /// <summary>The thread-safe face of the pipeline that background work writes to.</summary>
    internal interface IPipelineSink
    {
        void WriteObject(object item);
        void WriteObjects(IReadOnlyList<object> items);
        void WriteError(ErrorRecord error);
        void WriteWarning(string text);
        void WriteVerbose(string text);
        void WriteDebug(string text);
        void WriteProgress(ProgressRecord progress);
        void WriteInformation(object data, string[] tags);
    }
}
