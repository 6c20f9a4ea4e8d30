using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Base of every cmdlet that changes the workspace. Each object is confirmed (ShouldProcess, on the pipeline
    /// thread) before its change is queued; changes run with bounded concurrency through the connection's rate
    /// limiter and retry policy; results are written in input order; a failure is a non-terminating error whose
    /// target is the object's id, and the rest continue. At the end a summary (changed, unchanged, failed) goes to
    /// the information stream, tagged IntercomPS and Summary.
    /// </summary>
    public abstract class ChangeCmdlet : IntercomConnectedCmdlet
    {
        /// <summary>Changes made at once when many objects stream in (default 5).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 5;

        /// <summary>Skips confirmation (still honours -WhatIf and an explicit -Confirm).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private OrderedChanges? _changes;

        /// <summary>Whether each result's object is written to the pipeline (-PassThru, or always for New-*).</summary>
        protected abstract bool WritesResults { get; }

        /// <summary>The cmdlet's name for the summary line.</summary>
        protected string CommandName => MyInvocation.MyCommand.Name;

        /// <summary>
        /// Asks whether to change <paramref name="target"/> (-WhatIf prints the target and the action and answers
        /// no; -Force answers yes unless -Confirm was given), then queues the change.
        /// </summary>
        protected void QueueChange(string target, string action, object errorTarget, Func<CancellationToken, Task<ChangeResult>> change)
        {
            if (!ShouldChange(target, action)) return;
            _changes ??= new OrderedChanges(this, ThrottleLimit, IsStreamWanted("Verbose", "VerbosePreference"), Stopping, WritesResults);
            _changes.Add(errorTarget, change);
        }

        private bool ShouldChange(string target, string action)
        {
            var confirmGiven = MyInvocation.BoundParameters.ContainsKey("Confirm");
            if (Force.IsPresent && !confirmGiven && !WhatIfWanted()) return true;
            return ShouldProcess(target, action);
        }

        private bool WhatIfWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound)) return LanguagePrimitives.IsTrue(bound is SwitchParameter s ? s.IsPresent : bound);
            return LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
        }

        /// <summary>Writes the changes still pending, in order, then the summary. Call from EndProcessing.</summary>
        protected void CompleteChanges()
        {
            if (_changes == null) return;
            _changes.Complete();
            var summary = new ChangeSummary(CommandName, _changes.Changed, _changes.Unchanged, _changes.Failed);
            WriteInformation(summary, new[] { "IntercomPS", "Summary" });
        }

        protected override void EndProcessing() => CompleteChanges();

        /// <summary>The admin who acts: the one given, or the token's own admin.</summary>
        protected string ActingAdmin(string? given) =>
            given ?? ActiveConnection.AdminId ?? throw new PSInvalidOperationException("The connection does not know its admin; pass -AdminId.");

        /// <summary>Writes a non-terminating error for one object and counts it as failed.</summary>
        protected void WriteInputError(Exception error, string errorId, object target)
        {
            WriteError(ErrorRecords.FromException(error, errorId, target));
            _changes ??= new OrderedChanges(this, ThrottleLimit, false, Stopping, WritesResults);
            _changes.CountFailure();
        }
    }

    /// <summary>How many objects a change cmdlet changed, found already as asked, or failed on.</summary>
    public sealed class ChangeSummary
    {
        public ChangeSummary(string command, int changed, int unchanged, int failed)
        {
            Command = command;
            Changed = changed;
            Unchanged = unchanged;
            Failed = failed;
        }

        public string Command { get; }
        public int Changed { get; }
        public int Unchanged { get; }
        public int Failed { get; }

        public override string ToString() => $"{Command}: {Changed} changed, {Unchanged} unchanged, {Failed} failed.";
    }

    /// <summary>
    /// Runs queued changes with bounded concurrency and writes their results in input order, as soon as the head
    /// of the queue is done, so memory stays bounded however many objects stream in.
    /// </summary>
    internal sealed class OrderedChanges : IRequestObserver
    {
        private readonly Cmdlet _cmdlet;
        private readonly SemaphoreSlim _slots;
        private readonly int _maxQueued;
        private readonly bool _verbose;
        private readonly bool _writeResults;
        private readonly CancellationToken _cancellation;
        private readonly Queue<(object Target, Task<ChangeResult> Change)> _pending = new Queue<(object, Task<ChangeResult>)>();
        private readonly ConcurrentQueue<string> _verboseLines = new ConcurrentQueue<string>();

        public OrderedChanges(Cmdlet cmdlet, int throttleLimit, bool verbose, CancellationToken cancellation, bool writeResults)
        {
            _cmdlet = cmdlet;
            _slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
            _maxQueued = Math.Max(1, throttleLimit) * 4;
            _verbose = verbose;
            _cancellation = cancellation;
            _writeResults = writeResults;
        }

        public int Changed { get; private set; }
        public int Unchanged { get; private set; }
        public int Failed { get; private set; }

        public void CountFailure() => Failed++;

        public void Add(object target, Func<CancellationToken, Task<ChangeResult>> change)
        {
            _pending.Enqueue((target, Task.Run(async () =>
            {
                await _slots.WaitAsync(_cancellation).ConfigureAwait(false);
                try
                {
                    using (RequestObserverScope.Begin(_verbose ? this : null))
                    {
                        return await change(_cancellation).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _slots.Release();
                }
            }, _cancellation)));
            WriteReady(waitWhileOver: _maxQueued);
        }

        public void Complete() => WriteReady(waitWhileOver: 0);

        private void WriteReady(int waitWhileOver)
        {
            while (_pending.Count > 0)
            {
                var (target, change) = _pending.Peek();
                if (!change.IsCompleted && _pending.Count <= waitWhileOver) break;
                _pending.Dequeue();
                try
                {
                    change.Wait(_cancellation);
                }
                catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                catch (AggregateException)
                {
                    // Reported below from the task itself.
                }
                FlushVerbose();
                if (change.Status == TaskStatus.RanToCompletion)
                {
                    var result = change.Result;
                    if (result.Outcome == ChangeOutcome.Changed) Changed++;
                    else Unchanged++;
                    if (_writeResults && result.Value != null)
                    {
                        _cmdlet.WriteObject(result.Value is Engine.Models.IntercomObject model ? OutputAdapter.Wrap(model) : result.Value);
                    }
                }
                else if (change.IsCanceled || _cancellation.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }
                else
                {
                    Failed++;
                    _cmdlet.WriteError(ErrorRecords.FromException(change.Exception!.GetBaseException(), "ChangeFailed", target));
                }
            }
            FlushVerbose();
        }

        private void FlushVerbose()
        {
            while (_verboseLines.TryDequeue(out var line)) _cmdlet.WriteVerbose(line);
        }

        void IRequestObserver.OnRequest(RequestRecord record) => _verboseLines.Enqueue(record.ToString());

        void IRequestObserver.OnWait(string reason, TimeSpan wait) => _verboseLines.Enqueue($"Waiting {wait.TotalSeconds:0.#} s: {reason}");
    }
}
