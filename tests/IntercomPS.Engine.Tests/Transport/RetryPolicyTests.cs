using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    public class RetryPolicyTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

        public enum Failure
        {
            ServiceUnavailable,
            BadGateway,
            RequestTimeout,
            RateLimited,
            ConnectionRefused,
            FailsBeforeWritingBody,
            DropsAfterReceiving,
            NeverAnswers,
            TruncatedBody,
        }

        private static Answer AnswerFor(Failure failure) => failure switch
        {
            Failure.ServiceUnavailable => Answers.ServerError(HttpStatusCode.ServiceUnavailable),
            Failure.BadGateway => Answers.ServerError(HttpStatusCode.BadGateway),
            Failure.RequestTimeout => Answers.ServerError(HttpStatusCode.RequestTimeout),
            Failure.RateLimited => Answers.RateLimited(Start.AddSeconds(8)),
            Failure.ConnectionRefused => Answers.ConnectionRefused(),
            Failure.FailsBeforeWritingBody => Answers.FailsBeforeWritingBody(),
            Failure.DropsAfterReceiving => Answers.DropsAfterReceiving(),
            Failure.NeverAnswers => Answers.NeverAnswers(),
            Failure.TruncatedBody => Answers.Truncated(),
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };

        [Theory]
        [InlineData(Failure.ServiceUnavailable)]
        [InlineData(Failure.BadGateway)]
        [InlineData(Failure.RequestTimeout)]
        [InlineData(Failure.RateLimited)]
        [InlineData(Failure.ConnectionRefused)]
        [InlineData(Failure.DropsAfterReceiving)]
        [InlineData(Failure.NeverAnswers)]
        [InlineData(Failure.TruncatedBody)]
        public async Task An_idempotent_request_is_retried_after_a_transient_failure_and_succeeds(Failure failure)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, AnswerFor(failure), Answers.Ok());
            using var client = Client(server, clock);

            var response = await clock.RunClockUntil(Send(client, Get()), Step, FiveMinutes);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, response.Attempts);
            Assert.Equal(2, server.Sends);
        }

        [Theory]
        [InlineData(Failure.RateLimited)]
        [InlineData(Failure.ConnectionRefused)]
        [InlineData(Failure.FailsBeforeWritingBody)]
        public async Task A_create_is_retried_when_it_provably_was_not_processed(Failure failure)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, AnswerFor(failure), Answers.Ok("""{"type":"contact","id":"c1"}"""));
            using var client = Client(server, clock);

            var response = await clock.RunClockUntil(Send(client, Create()), Step, FiveMinutes);

            Assert.Equal(2, response.Attempts);
            Assert.Equal(2, server.Sends);
        }

        [Theory]
        [InlineData(Failure.ServiceUnavailable)]
        [InlineData(Failure.BadGateway)]
        [InlineData(Failure.RequestTimeout)]
        [InlineData(Failure.DropsAfterReceiving)]
        [InlineData(Failure.NeverAnswers)]
        [InlineData(Failure.TruncatedBody)]
        public async Task A_create_that_may_have_been_processed_is_sent_once_and_the_error_says_so(Failure failure)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, AnswerFor(failure), Answers.Ok("""{"type":"contact","id":"c1"}"""));
            using var client = Client(server, clock);

            var call = Send(client, Create());
            await clock.RunClockUntilDone(call, Step, FiveMinutes);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal(1, server.Sends);
            Assert.Equal(1, error.Attempts);
            Assert.Contains("not retried, because Intercom may have acted on it", error.Message);
        }

        [Fact]
        public async Task A_create_whose_response_times_out_is_not_sent_twice_and_the_error_names_the_timeout()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.NeverAnswers(), Answers.Ok());
            using var client = Client(server, clock, options => options.AttemptTimeout = TimeSpan.FromSeconds(45));
            var observer = new RecordingObserver();

            var call = Send(client, Create(), observer);
            await clock.RunClockUntilDone(call, TimeSpan.FromSeconds(1), FiveMinutes);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal(1, server.Sends);
            Assert.Null(error.StatusCode);
            Assert.Contains("timed out after 45 s", error.Message);
            Assert.IsType<TimeoutException>(error.InnerException);
            // The attempt ended at its timeout, not before, and nothing was sent afterwards. The test's clock keeps
            // moving while the timeout is handled, so a loaded machine may record a little more than 45 s; the
            // default timeout (60 s) would be well above.
            Assert.InRange(Assert.Single(observer.Records).Elapsed, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(55));
        }

        [Fact]
        public async Task A_timed_out_attempt_is_reported_as_a_failure_record_without_a_status()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.NeverAnswers(), Answers.Ok());
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            await clock.RunClockUntil(Send(client, Get("contacts/42"), observer), TimeSpan.FromSeconds(1), FiveMinutes);

            var records = observer.Records.OrderBy(record => record.Attempt).ToList();
            Assert.Equal(2, records.Count);
            Assert.Null(records[0].Status);
            Assert.Equal("no response within 60 s", records[0].Failure);
            Assert.Equal("GET /contacts/42 -> no response within 60 s in 60000 ms (attempt 1)", records[0].ToString());
            Assert.Equal(200, records[1].Status);
            Assert.Equal(2, records[1].Attempt);
        }

        [Fact]
        public async Task Backoff_grows_exponentially_from_the_base_delay_and_is_announced()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ServerError(), Answers.ServerError(), Answers.ServerError(), Answers.Ok());
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            await clock.RunClockUntil(Send(client, Get(), observer), TimeSpan.FromMilliseconds(50), FiveMinutes);

            var gaps = server.SendTimes.Zip(server.SendTimes.Skip(1), (first, second) => second - first).ToList();
            var waits = observer.Waits.Select(wait => wait.Wait).ToList();
            Assert.Equal(3, waits.Count);
            for (var retry = 0; retry < 3; retry++)
            {
                var expected = TimeSpan.FromSeconds(2 * Math.Pow(2, retry));
                Assert.InRange(waits[retry], expected, TimeSpan.FromTicks(expected.Ticks * 5 / 4));
                Assert.InRange(gaps[retry], waits[retry], waits[retry] + TimeSpan.FromMilliseconds(150));
            }
            Assert.Contains("GET /me: 503 ServiceUnavailable; retry 1 of 3", observer.Waits[0].Reason);
        }

        [Fact]
        public async Task Backoff_never_exceeds_the_maximum_delay()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ServerError());
            using var client = Client(server, clock, options =>
            {
                options.MaxRetries = 6;
                options.MaxRetryDelay = TimeSpan.FromSeconds(10);
            });
            var observer = new RecordingObserver();

            var call = Send(client, Get(), observer);
            await clock.RunClockUntilDone(call, TimeSpan.FromMilliseconds(250), FiveMinutes);

            await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal(7, server.Sends);
            Assert.All(observer.Waits, wait => Assert.InRange(wait.Wait, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)));
            Assert.Equal(TimeSpan.FromSeconds(10), observer.Waits.Last().Wait);
        }

        [Fact]
        public async Task With_no_retries_configured_a_transient_failure_is_reported_at_once()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ServerError(), Answers.Ok());
            using var client = Client(server, clock, options => options.MaxRetries = 0);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Send(client, Get()));

            Assert.Equal(1, server.Sends);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        }

        [Fact]
        public async Task A_client_error_is_not_retried()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock,
                Answers.Status(HttpStatusCode.NotFound, """{"type":"error.list","errors":[{"code":"not_found","message":"Contact Not Found"}]}"""),
                Answers.Ok());
            using var client = Client(server, clock);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Send(client, Get("contacts/nope")));

            Assert.Equal(1, server.Sends);
            Assert.True(error.IsNotFound);
            Assert.Equal("not_found", Assert.Single(error.Errors).Code);
        }
    }
}
