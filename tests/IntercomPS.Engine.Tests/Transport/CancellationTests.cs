using System;
using System.Diagnostics;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>
    /// StopProcessing cancels the caller's token: whatever the transport is waiting for, the call must end within a
    /// second with OperationCanceledException. The fake clock never moves here, so only cancellation can end a wait.
    /// </summary>
    public class CancellationTests
    {
        private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        [Fact]
        public async Task Cancelling_during_a_backoff_wait_ends_the_call_promptly()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ServerError(), Answers.Ok());
            using var client = Client(server, clock);

            await AssertCancelsPromptly(client, Get(), expectedSends: 1, server);
        }

        [Fact]
        public async Task Cancelling_during_a_429_wait_ends_the_call_promptly()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.RateLimited(Start.AddSeconds(9)), Answers.Ok());
            using var client = Client(server, clock);

            await AssertCancelsPromptly(client, Get(), expectedSends: 1, server);
        }

        [Fact]
        public async Task Cancelling_while_waiting_for_the_rate_limit_window_ends_the_call_promptly()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock,
                Answers.Status(HttpStatusCode.OK, Answers.AdminJson, new RateLimitSnapshot(600, 0, Start.AddSeconds(9))),
                Answers.Ok());
            using var client = Client(server, clock);
            await Send(client, Get());

            await AssertCancelsPromptly(client, Get(), expectedSends: 1, server);
        }

        [Fact]
        public async Task Cancelling_while_the_request_is_in_flight_is_cancellation_not_a_timeout()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.NeverAnswers(), Answers.Ok());
            using var client = Client(server, clock);
            var observer = new RecordingObserver();
            using var cancellation = new CancellationTokenSource();

            var call = Send(client, Get(), observer, cancellation.Token);
            cancellation.CancelAfter(TimeSpan.FromMilliseconds(50));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call).WaitAsync(Patience);
            Assert.Equal(1, server.Sends);
            Assert.Empty(observer.Records);
            Assert.Equal(0, client.Statistics.SnapshotTotal().Errors);
        }

        [Fact]
        public async Task A_token_cancelled_before_the_call_sends_nothing()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.Ok());
            using var client = Client(server, clock);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(client, Get(), cancellationToken: new CancellationToken(canceled: true)));

            Assert.Equal(0, server.Sends);
        }

        private static async Task AssertCancelsPromptly(IntercomClient client, ApiRequest request, int expectedSends, ScriptedHandler server)
        {
            var observer = new RecordingObserver();
            using var cancellation = new CancellationTokenSource();
            var call = Send(client, request, observer, cancellation.Token);
            await observer.FirstWait.WaitAsync(Patience);
            Assert.False(call.IsCompleted);

            var stopwatch = Stopwatch.StartNew();
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call).WaitAsync(Patience);

            Assert.True(stopwatch.Elapsed < Prompt, $"The call took {stopwatch.Elapsed} to stop.");
            Assert.Equal(expectedSends, server.Sends);
        }
    }
}
