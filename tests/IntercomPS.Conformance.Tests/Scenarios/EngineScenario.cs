using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Recording;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Transport;
using IntercomPS.TestSupport.Prism;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    /// <summary>One use of the engine's public API, run on a fresh connection whose every request is recorded.</summary>
    public sealed class EngineScenario
    {
        // Prism answers in milliseconds; this only stops a paging loop that never ends from hanging the run.
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        private readonly Func<ScenarioContext, Task> _body;
        private readonly Func<ResponseSteering> _steering;

        public EngineScenario(string name, Func<ScenarioContext, Task> body, Func<ResponseSteering>? steering = null)
        {
            Name = name;
            _body = body;
            _steering = steering ?? (() => new ResponseSteering());
        }

        public string Name { get; }

        public override string ToString() => Name;

        public async Task<ScenarioOutcome> RunAsync(Uri prism)
        {
            using var recorder = new RecordingHandler(_steering());
            using var timeout = new CancellationTokenSource(Timeout);
            var options = new IntercomClientOptions(prism, "conformance-token")
            {
                Handler = recorder,
                // One recorded exchange per request the engine means to send; Prism never fails transiently.
                MaxRetries = 0,
            };
            try
            {
                using var connection = await IntercomConnection.ConnectAsync(options, "Custom", new CacheSettings(), timeout.Token).ConfigureAwait(false);
                await _body(new ScenarioContext(connection, recorder, timeout.Token)).ConfigureAwait(false);
                return new ScenarioOutcome(Name, recorder.Exchanges, null);
            }
            catch (Exception exception)
            {
                return new ScenarioOutcome(Name, recorder.Exchanges, exception);
            }
        }
    }

    public sealed class ScenarioContext
    {
        public ScenarioContext(IntercomConnection connection, RecordingHandler recorder, CancellationToken cancellation)
        {
            Connection = connection;
            Recorder = recorder;
            Cancellation = cancellation;
        }

        public IntercomConnection Connection { get; }

        public RecordingHandler Recorder { get; }

        public CancellationToken Cancellation { get; }

        /// <summary>The recorded requests to one concrete path, in order.</summary>
        public IReadOnlyList<RecordedExchange> Sent(string method, string path) =>
            Recorder.Exchanges.Where(e => e.Method == method && e.Path == path).ToList();
    }

    /// <summary>What a scenario sent, and how it ended.</summary>
    public sealed class ScenarioOutcome
    {
        public ScenarioOutcome(string name, IReadOnlyList<RecordedExchange> exchanges, Exception? failure)
        {
            Name = name;
            Exchanges = exchanges;
            Failure = failure;
        }

        public string Name { get; }

        public IReadOnlyList<RecordedExchange> Exchanges { get; }

        public Exception? Failure { get; }

        /// <summary>
        /// Prism's violations come first: an invalid request usually also makes the engine throw, and the violation
        /// says why. A scenario that sent nothing proves nothing, so that fails too.
        /// </summary>
        public void AssertConforms()
        {
            ConformanceAssert.NoViolations(Exchanges, Name);
            if (Failure != null) ExceptionDispatchInfo.Capture(Failure).Throw();
            Assert.True(Exchanges.Count > 0, $"{Name}: the scenario sent no request.");
        }
    }
}
