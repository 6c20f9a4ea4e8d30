namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Routes the transport's request records to the observer of the operation that caused them. A connection is
    /// shared (parallel windows, several runspaces); an async-local scope keeps one cmdlet's -Verbose output from
    /// showing another's requests.
    /// </summary>
    public static class RequestObserverScope
    {
        private static readonly AsyncLocal<IRequestObserver?> CurrentObserver = new AsyncLocal<IRequestObserver?>();

        public static IRequestObserver? Current => CurrentObserver.Value;

        public static IDisposable Begin(IRequestObserver? observer)
        {
            var previous = CurrentObserver.Value;
            CurrentObserver.Value = observer;
            return new Restore(previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly IRequestObserver? _previous;

            public Restore(IRequestObserver? previous) => _previous = previous;

            public void Dispose() => CurrentObserver.Value = _previous;
        }
    }
}
