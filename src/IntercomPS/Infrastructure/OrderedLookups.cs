using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    internal interface ILookupQueue
    {
        void Complete();
    }

    /// <summary>
    /// Resolves ids arriving through the pipeline with bounded concurrency and writes the results in input order.
    /// Each id starts as soon as it arrives (up to ThrottleLimit in flight); finished lookups at the head of the
    /// queue are written as soon as they are done, so memory stays bounded however many ids stream in. A failed id
    /// is a non-terminating error whose target is the id.
    /// </summary>
    internal sealed class OrderedLookups<T> : IRequestObserver, ILookupQueue where T : IntercomObject
    {
        private readonly Cmdlet _cmdlet;
        private readonly Func<IntercomObject, PSObject> _present;
        private readonly SemaphoreSlim _slots;
        private readonly int _maxQueued;
        private readonly CancellationToken _cancellation;
        private readonly bool _verbose;
        private readonly Queue<(string Id, Task<T> Lookup)> _pending = new Queue<(string, Task<T>)>();
        private readonly ConcurrentQueue<string> _verboseLines = new ConcurrentQueue<string>();

        public OrderedLookups(Cmdlet cmdlet, Func<IntercomObject, PSObject> present, int throttleLimit, bool verbose, CancellationToken cancellation)
        {
            _cmdlet = cmdlet;
            _present = present;
            _slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
            _maxQueued = Math.Max(1, throttleLimit) * 4;
            _verbose = verbose;
            _cancellation = cancellation;
        }

        /// <summary>Starts a lookup; writes whatever finished lookups are at the head of the queue.</summary>
        public void Add(string id, Func<CancellationToken, Task<T>> lookup)
        {
            _pending.Enqueue((id, Task.Run(async () =>
            {
                await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
                try
                {
                    using (RequestObserverScope.Begin(_verbose ? this : null))
                    {
                        return await lookup(_cancellation).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _slots.Release();
                }
            }, _cancellation)));
            WriteReady(waitWhileOver: _maxQueued);
        }

        /// <summary>Waits for every lookup still pending and writes them in order.</summary>
        public void Complete() => WriteReady(waitWhileOver: 0);

        private void WriteReady(int waitWhileOver)
        {
            while (_pending.Count > 0)
            {
                var (id, lookup) = _pending.Peek();
                if (!lookup.IsCompleted && _pending.Count <= waitWhileOver)
                {
                    break;
                }
                _pending.Dequeue();
                Wait(lookup);
                FlushVerbose();
                if (lookup.Status == TaskStatus.RanToCompletion)
                {
                    _cmdlet.WriteObject(_present(lookup.Result));
                }
                else if (lookup.IsCanceled || _cancellation.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                else
                {
                    var error = lookup.Exception!.GetBaseException();
                    _cmdlet.WriteError(ErrorRecords.FromException(error, "LookupFailed", id));
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
                // Reported by the caller from the task itself.
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
