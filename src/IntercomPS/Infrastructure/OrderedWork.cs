using System.Collections.Concurrent;
using IntercomPS.Engine.Concurrency;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    internal interface IOrderedWork
    {
        void Complete();
    }

    /// <summary>
    /// Runs work queued from the pipeline thread through an <see cref="OrderedWorkQueue{T}"/> (bounded concurrency,
    /// results in input order) and hands each result (or failure) back on the pipeline thread as soon as the head of
    /// the queue is done, so memory stays bounded however many objects stream in. Used for lookups by id and for
    /// changes. Verbose lines of the requests made are written on the pipeline thread too.
    /// </summary>
    internal sealed class OrderedWork<TResult> : IRequestObserver, IOrderedWork
    {
        private readonly Cmdlet _cmdlet;
        private readonly OrderedWorkQueue<TResult> _work;
        private readonly Queue<object> _targets = new Queue<object>();
        private readonly int _maxQueued;
        private readonly bool _verbose;
        private readonly CancellationToken _cancellation;
        private readonly Action<object, TResult> _onResult;
        private readonly Action<object, Exception> _onFailure;
        private readonly ConcurrentQueue<string> _verboseLines = new ConcurrentQueue<string>();

        public OrderedWork(Cmdlet cmdlet, int throttleLimit, bool verbose, CancellationToken cancellation, Action<object, TResult> onResult, Action<object, Exception> onFailure)
        {
            _cmdlet = cmdlet;
            _maxQueued = Math.Max(1, throttleLimit) * 4;
            _work = new OrderedWorkQueue<TResult>(Math.Max(1, throttleLimit), _maxQueued, cancellation);
            _verbose = verbose;
            _cancellation = cancellation;
            _onResult = onResult;
            _onFailure = onFailure;
        }

        /// <summary>Starts the work for <paramref name="target"/>; hands back whatever finished at the head of the queue.</summary>
        public void Add(object target, Func<CancellationToken, Task<TResult>> work)
        {
            _targets.Enqueue(target);
            // The pipeline thread is the one that takes results, so it never waits for room: it hands back instead.
            _work.Add(async token =>
            {
                using (RequestObserverScope.Begin(_verbose ? this : null))
                {
                    return await work(token).ConfigureAwait(false);
                }
            }, waitForRoom: false, _cancellation);
            HandBack(waitWhileOver: _maxQueued);
        }

        /// <summary>Waits for everything still pending and hands it back in order.</summary>
        public void Complete() => HandBack(waitWhileOver: 0);

        private void HandBack(int waitWhileOver)
        {
            while (_work.Peek() is Task<TResult> work)
            {
                if (!work.IsCompleted && _work.Count <= waitWhileOver) break;
                _work.Take(_cancellation);
                var target = _targets.Dequeue();
                Wait(work);
                FlushVerbose();
                if (work.Status == TaskStatus.RanToCompletion)
                {
                    _onResult(target, work.Result);
                }
                else if (work.IsCanceled || _cancellation.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                else
                {
                    _onFailure(target, work.Exception!.GetBaseException());
                }
            }
            FlushVerbose();
        }

        private void Wait(Task task)
        {
            try
            {
                task.Wait(_cancellation);
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (AggregateException)
            {
                // Handed back from the task itself.
            }
        }

        private void FlushVerbose()
        {
            while (_verboseLines.TryDequeue(out var line)) _cmdlet.WriteVerbose(line);
        }

        void IRequestObserver.OnRequest(RequestRecord record) => _verboseLines.Enqueue(record.ToString());

        void IRequestObserver.OnWait(string reason, TimeSpan wait) => _verboseLines.Enqueue($"Waiting {wait.TotalSeconds:0.#} s: {reason}");
    }
}
