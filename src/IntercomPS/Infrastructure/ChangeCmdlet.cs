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

        private OrderedWork<ChangeResult>? _changes;
        private int _changed;
        private int _unchanged;
        private int _failed;

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
            _changes ??= new OrderedWork<ChangeResult>(this, ThrottleLimit, IsStreamWanted("Verbose", "VerbosePreference"), Stopping, OnChanged, OnChangeFailed);
            _changes.Add(errorTarget, change);
        }

        private void OnChanged(object target, ChangeResult result)
        {
            if (result.Outcome == ChangeOutcome.Changed) _changed++;
            else _unchanged++;
            if (WritesResults && result.Value != null)
            {
                WriteObject(result.Value is Engine.Models.IntercomObject model ? Present(model) : result.Value);
            }
        }

        private void OnChangeFailed(object target, Exception error)
        {
            _failed++;
            WriteError(ErrorRecords.FromException(error, "ChangeFailed", target));
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
            if (_changes == null && _failed == 0) return;
            _changes?.Complete();
            var summary = new ChangeSummary(CommandName, _changed, _unchanged, _failed);
            WriteInformation(summary, new[] { "IntercomPS", "Summary" });
        }

        protected override void EndProcessing() => CompleteChanges();

        /// <summary>The admin who acts: the one given, or the token's own admin.</summary>
        protected string ActingAdmin(string? given)
        {
            var admin = given ?? ActiveConnection.AdminId;
            if (admin == null)
            {
                ThrowTerminatingError(ErrorRecords.Create(new PSInvalidOperationException("The connection does not know its admin; pass -AdminId."),
                    "AdminUnknown", ErrorCategory.InvalidArgument, ActiveConnection, "Pass -AdminId with the id of the admin the change is made as (Get-IntercomAdmin lists them)."));
            }
            return admin!;
        }

        /// <summary>Writes a non-terminating error for one object and counts it as failed.</summary>
        protected void WriteInputError(Exception error, string errorId, object target)
        {
            WriteError(ErrorRecords.FromException(error, errorId, target));
            _failed++;
        }
    }

    /// <summary>How many objects a change cmdlet changed, found already as asked, or failed on.</summary>
    public sealed class ChangeSummary(string command, int changed, int unchanged, int failed)
    {
        public string Command { get; } = command;
        public int Changed { get; } = changed;
        public int Unchanged { get; } = unchanged;
        public int Failed { get; } = failed;

        public override string ToString() => $"{Command}: {Changed} changed, {Unchanged} unchanged, {Failed} failed.";
    }
}
