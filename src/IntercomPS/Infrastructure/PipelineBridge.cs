using System;
using System.Collections.Concurrent;
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
        private const int QueueCapacity = 1024;

        private readonly BlockingCollection<Action<Cmdlet>> _queue = new BlockingCollection<Action<Cmdlet>>(QueueCapacity);
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
                task.ContinueWith(_ => bridge._queue.CompleteAdding(), TaskScheduler.Default);
                try
                {
                    foreach (var action in bridge._queue.GetConsumingEnumerable(cancellation))
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
                }
            }
        }

        public void WriteObject(object item) => Enqueue(c => c.WriteObject(item));

        public void WriteError(ErrorRecord error) => Enqueue(c => c.WriteError(error));

        public void WriteWarning(string text) => Enqueue(c => c.WriteWarning(text));

        public void WriteVerbose(string text) => Enqueue(c => c.WriteVerbose(text));

        public void WriteDebug(string text) => Enqueue(c => c.WriteDebug(text));

        public void WriteProgress(ProgressRecord progress) => Enqueue(c => c.WriteProgress(progress));

        public void WriteInformation(object data, string[] tags) => Enqueue(c => c.WriteInformation(data, tags));

        private void Enqueue(Action<Cmdlet> action)
        {
            try
            {
                _queue.Add(action, _cancellation);
            }
            catch (InvalidOperationException)
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
        void WriteError(ErrorRecord error);
        void WriteWarning(string text);
        void WriteVerbose(string text);
        void WriteDebug(string text);
        void WriteProgress(ProgressRecord progress);
        void WriteInformation(object data, string[] tags);
    }
}
