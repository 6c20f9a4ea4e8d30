using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using IntercomPS.Conformance.Tests.Scenarios;
using IntercomPS.TestSupport.Prism;
using IntercomPS.TestSupport.Spec;

namespace IntercomPS.Conformance.Tests.Prism
{
    /// <summary>
    /// The suite's servers, started once per run: Prism answering with the spec's examples (requests are validated
    /// against the spec), and Prism in dynamic mode (random schema-valid answers, for the model tests). Scenario runs
    /// are kept, so the spec-coverage test sees every request the scenario tests made without sending them twice.
    /// </summary>
    public sealed class PrismFixture : IAsyncLifetime
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<ScenarioOutcome>>> _runs =
            new ConcurrentDictionary<string, Lazy<Task<ScenarioOutcome>>>(StringComparer.Ordinal);

        private PrismServer? _examples;
        private PrismServer? _dynamic;

        /// <summary>Prism answering with the spec's examples.</summary>
        public PrismServer Examples => _examples ?? throw new InvalidOperationException("Prism has not started.");

        /// <summary>Prism answering with random schema-valid data (<c>-d</c>).</summary>
        public PrismServer Dynamic => _dynamic ?? throw new InvalidOperationException("Prism (dynamic) has not started.");

        public OpenApiDescription Spec => OpenApiDescription.Intercom;

        public async Task InitializeAsync()
        {
            var examples = PrismServer.StartAsync(dynamic: false);
            var dynamic = PrismServer.StartAsync(dynamic: true);
            try
            {
                await Task.WhenAll(examples, dynamic).ConfigureAwait(false);
            }
            finally
            {
                // Keep whichever started, so DisposeAsync stops it even when the other failed.
                if (examples.IsCompletedSuccessfully) _examples = examples.Result;
                if (dynamic.IsCompletedSuccessfully) _dynamic = dynamic.Result;
            }
        }

        public async Task DisposeAsync()
        {
            if (_examples != null) await _examples.DisposeAsync().ConfigureAwait(false);
            if (_dynamic != null) await _dynamic.DisposeAsync().ConfigureAwait(false);
        }

        /// <summary>Runs the scenario against the example server once per test run; later calls get the same outcome.</summary>
        public Task<ScenarioOutcome> RunAsync(EngineScenario scenario) =>
            _runs.GetOrAdd(scenario.Name, _ => new Lazy<Task<ScenarioOutcome>>(() => scenario.RunAsync(Examples.BaseUri))).Value;
    }

    [CollectionDefinition(Name)]
    public sealed class PrismCollection : ICollectionFixture<PrismFixture>
    {
        public const string Name = "Prism";
    }
}
