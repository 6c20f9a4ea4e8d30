using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>One verbose line per request attempt and per wait; records never carry tokens or bodies.</summary>
    internal sealed class VerboseRequestObserver : IRequestObserver
    {
        private readonly IPipelineSink _sink;

        public VerboseRequestObserver(IPipelineSink sink) => _sink = sink;

        public void OnRequest(RequestRecord record) => _sink.WriteVerbose(record.ToString());

        public void OnWait(string reason, TimeSpan wait) =>
            _sink.WriteVerbose($"Waiting {wait.TotalSeconds:0.#} s: {reason}");
    }
}
