using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    internal interface IOrderedWork
    {
        void Complete();
    }

    /// <summary>
    /// Runs work queued from the pipeline thread with bounded concurrency and hands each result (or failure) back on
    /// the pipeline thread in input order, as soon as the head of the queue is done, so memory stays bounded however
    /// many objects stream in. Used for lookups by id and for changes. Verbose lines of the requests made are
    /// written on the pipeline thread too.
    /// </summary>
    internal sealed class OrderedWork<TResult> : IRequestObserver, IOrderedWork
    {
        private readonly Cmdlet _cmdlet;
        private readonly SemaphoreSlim _slots;
        private readonly int _maxQueued;
        private readonly bool _verbose;
        private readonly CancellationToken _cancellation;
        private readonly Action<object, TResult> _onResult;
        private readonly Action<object, Exception> _onFailure;
        private readonly Queue<(object Target, Task<TResult> Work)> _pending = new Queue<(object, Task<TResult>)>();
        private readonly ConcurrentQueue<string> _verboseLines = new ConcurrentQueue<string>();

        public OrderedWork(Cmdlet cmdlet, int throttleLimit, bool verbose, CancellationToken cancellation, Action<object, TResult> onResult, Action<object, Exception> onFailure)
        {
            _cmdlet = cmdlet;
            _slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
            _maxQueued = Math.Max(1, throttleLimit) * 4;
            _verbose = verbose;
            _cancellation = cancellation;
            _onResult = onResult;
            _onFailure = onFailure;
        }

        /// <summary>Starts the work for <paramref name="target"/>; hands back whatever finished at the head of the queue.</summary>
        public void Add(object target, Func<CancellationToken, Task<TResult>> work)
        {
            _pending.Enqueue((target, Task.Run(async () =>
            {
                await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
                try
                {
                    using (RequestObserverScope.Begin(_verbose ? this : null))
                    {
                        return await work(_cancellation).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _slots.Release();
                }
            }, _cancellation)));
            HandBack(waitWhileOver: _maxQueued);
        }

        /// <summary>Waits for everything still pending and hands it back in order.</summary>
        public void Complete() => HandBack(waitWhileOver: 0);

        private void HandBack(int waitWhileOver)
        {
            while (_pending.Count > 0)
            {
                var (target, work) = _pending.Peek();
                if (!work.IsCompleted && _pending.Count <= waitWhileOver) break;
                _pending.Dequeue();
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
