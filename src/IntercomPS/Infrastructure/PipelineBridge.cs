using IntercomPS.Engine.Concurrency;

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
        // Entries (a page, a record) waiting for the pipeline thread. One: a producer waits while anything is queued,
        // so at most one page waits while the pipeline works through another and the next is fetched. That is enough
        // to keep both sides busy, and it keeps a downstream Select-Object -First from letting the producer run pages
        // ahead of what the pipeline will ever take.
        private const int QueueCapacity = 1;

        private readonly OrderedWorkQueue<Action<Cmdlet>> _queue;
        private readonly CancellationToken _cancellation;

        private PipelineBridge(CancellationToken cancellation)
        {
            _cancellation = cancellation;
            // Entries are values already there: nothing runs in the queue, so its concurrency does not matter.
            _queue = new OrderedWorkQueue<Action<Cmdlet>>(concurrency: 1, QueueCapacity, cancellation);
        }

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
                    while (bridge._queue.Take(cancellation) is Task<Action<Cmdlet>> entry)
                    {
                        entry.Result(cmdlet);
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

        public void WriteObject(object item) => Enqueue(c => c.WriteObject(item));

        /// <summary>
        /// A whole page in one hand-over: one wake-up of the pipeline thread per page rather than per object.
        /// </summary>
        public void WriteObjects(IReadOnlyList<object> items)
        {
            if (items.Count == 0) return;
            Enqueue(c =>
            {
                for (var i = 0; i < items.Count; i++) c.WriteObject(items[i]);
            });
        }

        public void WriteError(ErrorRecord error) => Enqueue(c => c.WriteError(error));

        public void WriteWarning(string text) => Enqueue(c => c.WriteWarning(text));

        public void WriteVerbose(string text) => Enqueue(c => c.WriteVerbose(text));

        public void WriteDebug(string text) => Enqueue(c => c.WriteDebug(text));

        public void WriteProgress(ProgressRecord progress) => Enqueue(c => c.WriteProgress(progress));

        public void WriteInformation(object data, string[] tags) => Enqueue(c => c.WriteInformation(data, tags));

        private void Enqueue(Action<Cmdlet> action)
        {
            if (!_queue.Add(action, _cancellation))
            {
                // Added after completion: the pipeline has stopped reading (downstream Select-Object -First, Ctrl+C).
                throw new OperationCanceledException(_cancellation);
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
