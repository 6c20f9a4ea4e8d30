using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Base of every IntercomPS cmdlet: cancellation wired to Ctrl+C (StopProcessing) and a bridge that runs engine
    /// work off the pipeline thread while all output is written on it.
    /// </summary>
    public abstract class IntercomCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        protected CancellationToken Stopping => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool and writes what it produces from the pipeline thread.
        /// Requests it makes are reported to -Verbose (and -Debug) of this cmdlet only.
        /// </summary>
        internal void RunEngineWork(Func<IPipelineSink, CancellationToken, Task> work)
        {
            var verbose = IsStreamWanted("Verbose", "VerbosePreference");
            try
            {
                PipelineBridge.Run(this, Stopping, async (sink, token) =>
                {
                    var observer = verbose ? new VerboseRequestObserver(sink) : null;
                    using (RequestObserverScope.Begin(observer))
                    {
                        await work(sink, token).ConfigureAwait(false);
                    }
                });
            }
            catch (Exception ex) when (!IsPowerShellFlow(ex) && !HandlesFailure(ex))
            {
                // An exception escaping the cmdlet reaches the user (and -ErrorVariable) wrapped in a
                // CmdletInvocationException; a terminating error carries the record itself.
                ThrowTerminatingError(ErrorRecords.FromException(ex, MyInvocation.MyCommand.Name + "Failed", null));
            }
        }

        /// <summary>
        /// True for the engine failures this cmdlet catches around <see cref="RunEngineWork"/> to report in its own way
        /// (an export's file errors as non-terminating errors...); any other failure ends the command as an error record.
        /// </summary>
        internal virtual bool HandlesFailure(Exception exception) => false;

        /// <summary>
        /// Exceptions that are PowerShell's own control flow (Ctrl+C, -ErrorAction Stop, a terminating error already
        /// thrown): they must pass through untouched.
        /// </summary>
        private static bool IsPowerShellFlow(Exception exception) =>
            exception is PipelineStoppedException || exception is ActionPreferenceStopException
            || exception is CmdletInvocationException || exception is ParentContainsErrorRecordException;

        /// <summary>Runs engine work that produces one value, and returns it on the pipeline thread.</summary>
        internal T RunEngineWork<T>(Func<CancellationToken, Task<T>> work)
        {
            T result = default!;
            RunEngineWork(async (sink, token) => result = await work(token).ConfigureAwait(false));
            return result;
        }

        internal bool IsStreamWanted(string switchName, string preferenceVariable)
        {
            if (MyInvocation.BoundParameters.TryGetValue(switchName, out var bound))
            {
                return bound is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(bound);
            }
            var preference = GetVariableValue(preferenceVariable);
            return preference is ActionPreference p && p != ActionPreference.SilentlyContinue && p != ActionPreference.Ignore;
        }

        /// <summary>Whether the caller gave <paramref name="parameter"/> (a switch given as -Name:$false counts as not given).</summary>
        internal bool IsGiven(string parameter) =>
            MyInvocation.BoundParameters.TryGetValue(parameter, out var bound) && !(bound is SwitchParameter s && !s.IsPresent);

        /// <summary>
        /// Ends the command when <paramref name="parameter"/> was given without any of <paramref name="companions"/>,
        /// the parameters it only modifies: a parameter that would be silently ignored is an error instead.
        /// </summary>
        internal void RequireCompanion(string parameter, params string[] companions)
        {
            if (!IsGiven(parameter) || Array.Exists(companions, IsGiven)) return;
            var options = companions.Length == 1 ? "-" + companions[0] : "one of -" + string.Join(", -", companions);
            ThrowParameterDoesNotApply($"-{parameter} only applies with {options}: add {options}, or remove -{parameter}.", parameter);
        }

        /// <summary>
        /// Ends the command when SupportsPaging's -First, -Skip or -IncludeTotalCount come with a lookup (by
        /// <paramref name="lookupParameter"/>), which returns each object asked for and has no listing to page through.
        /// </summary>
        internal void RefusePaging(string lookupParameter)
        {
            var paging = Array.FindAll(new[] { "First", "Skip", "IncludeTotalCount" }, IsGiven);
            if (paging.Length == 0) return;
            var given = "-" + string.Join(" and -", paging);
            ThrowParameterDoesNotApply(
                $"{given} page through a listing and do not apply to a lookup by -{lookupParameter}: remove {given}, or pipe the result to Select-Object -First/-Skip.",
                paging[0]);
        }

        internal void ThrowParameterDoesNotApply(string message, string parameter) =>
            ThrowTerminatingError(ErrorRecords.Create(new ParameterBindingException(message), "ParameterDoesNotApply", ErrorCategory.InvalidArgument, "-" + parameter, message));

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
