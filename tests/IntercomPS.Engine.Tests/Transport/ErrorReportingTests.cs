using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Transport.TransportTestKit;

namespace IntercomPS.Engine.Tests.Transport
{
    public class ErrorReportingTests
    {
        private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

        [Fact]
        public async Task Exhausted_retries_say_what_happened_and_what_to_do()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ServerError(HttpStatusCode.ServiceUnavailable));
            using var client = Client(server, clock);

            var call = Send(client, Get("contacts/42"));
            await clock.RunClockUntilDone(call, Step, TimeSpan.FromMinutes(2));

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal(4, server.Sends);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Equal(4, error.Attempts);
            Assert.Equal("req-5xx", error.RequestId);
            Assert.Equal("service_unavailable", Assert.Single(error.Errors).Code);
            Assert.Equal(
                "GET /contacts/42 failed with 503 ServiceUnavailable (after 4 attempts). Intercom said: service_unavailable: Try again later. " +
                "Request id: req-5xx. Intercom had a server error; retry later, and quote the request id to Intercom support if it persists.",
                error.Message);
        }

        [Fact]
        public async Task Exhausted_retries_without_any_response_name_the_cause_and_the_attempts()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.ConnectionRefused());
            using var client = Client(server, clock, options => options.MaxRetries = 2);

            var call = Send(client, Create());
            await clock.RunClockUntilDone(call, Step, TimeSpan.FromMinutes(2));

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal(3, server.Sends);
            Assert.Null(error.StatusCode);
            Assert.Equal(3, error.Attempts);
            Assert.StartsWith("POST /contacts got no response (after 3 attempts): Connection refused (api.intercom.io:443) (Connection refused).", error.Message);
            Assert.Contains("Check network access to the API host", error.Message);
            // Every attempt was refused, so nothing can have been created: no warning to check for a duplicate.
            Assert.DoesNotContain("may have acted", error.Message);
        }

        [Fact]
        public async Task An_exhausted_rate_limit_tells_the_caller_to_slow_down()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.RateLimited(Start.AddSeconds(2)));
            using var client = Client(server, clock, options => options.MaxRetries = 1);

            var call = Send(client, Get());
            await clock.RunClockUntilDone(call, Step, TimeSpan.FromMinutes(2));

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal((HttpStatusCode)429, error.StatusCode);
            Assert.Contains("rate_limit_exceeded: Exceeded rate limit", error.Message);
            Assert.Contains("lower the number of requests sent at once or IntercomClientOptions.MaxRequestsPerMinute", error.Message);
        }

        [Fact]
        public async Task Advice_names_the_settings_in_the_front_ends_words()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.RateLimited(Start.AddSeconds(2)));
            using var client = Client(server, clock, options =>
            {
                options.MaxRetries = 1;
                options.SettingNames = new FlagNames();
            });

            var call = Send(client, Get());
            await clock.RunClockUntilDone(call, Step, TimeSpan.FromMinutes(2));

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Contains("lower --concurrency or --maxrequestsperminute", error.Message);
        }

        private sealed class FlagNames : ClientSettingNames
        {
            public override string Name(ClientSetting setting) => "--" + setting.ToString().ToLowerInvariant();
        }

        public enum Leak
        {
            ServerErrorAfterRetries,
            ErrorMessageEchoingTheToken,
            ConnectionFailureQuotingTheToken,
            Timeout,
            TruncatedBody,
        }

        private static Answer AnswerFor(Leak scenario) => scenario switch
        {
            Leak.ServerErrorAfterRetries => Answers.ServerError(),
            Leak.ErrorMessageEchoingTheToken => Answers.Status(HttpStatusCode.Unauthorized,
                $$"""{"type":"error.list","request_id":"req-401","errors":[{"code":"token_not_found","message":"Token {{Token}} not found"}]}"""),
            Leak.ConnectionFailureQuotingTheToken => (request, cancellationToken) =>
                throw new HttpRequestException($"Proxy refused 'Authorization: {request.Headers.Authorization}'"),
            Leak.Timeout => Answers.NeverAnswers(),
            Leak.TruncatedBody => Answers.Truncated(),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        [Theory]
        [InlineData(Leak.ServerErrorAfterRetries)]
        [InlineData(Leak.ErrorMessageEchoingTheToken)]
        [InlineData(Leak.ConnectionFailureQuotingTheToken)]
        [InlineData(Leak.Timeout)]
        [InlineData(Leak.TruncatedBody)]
        public async Task The_token_appears_in_no_error_record_or_wait(Leak scenario)
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, AnswerFor(scenario));
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            var call = Send(client, Get(), observer);
            await clock.RunClockUntilDone(call, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => call);
            Assert.Equal($"Bearer {Token}", server.AuthorizationHeaders[0]);
            var texts = new List<string> { error.Message, error.ToString() };
            texts.AddRange(error.Errors.Select(e => e.ToString()));
            texts.AddRange(observer.Records.Select(record => record.ToString()));
            texts.AddRange(observer.Waits.Select(wait => wait.Reason));
            Assert.NotEmpty(observer.Records);
            Assert.All(texts, text => Assert.DoesNotContain(Token, text));
        }

        [Fact]
        public async Task A_redacted_message_still_says_what_happened()
        {
            var clock = new FakeTimeProvider(Start);
            var server = new ScriptedHandler(clock, Answers.Status(HttpStatusCode.Unauthorized,
                $$"""{"type":"error.list","errors":[{"code":"token_not_found","message":"Token {{Token}} not found"}]}"""));
            using var client = Client(server, clock);

            var error = await Assert.ThrowsAsync<IntercomApiException>(() => Send(client, Get()));

            Assert.True(error.IsUnauthorized);
            Assert.Contains("token_not_found: Token [redacted] not found", error.Message);
            Assert.Contains("connect again with a valid token", error.Message);
        }

        [Fact]
        public async Task Records_never_carry_a_request_or_response_body()
        {
            var clock = new FakeTimeProvider(Start);
            const string Contact = """{"type":"contact","id":"c1","email":"grace@example.com"}""";
            var server = new ScriptedHandler(clock, Answers.Ok(Contact));
            using var client = Client(server, clock);
            var observer = new RecordingObserver();

            await Send(client, Create(), observer);

            var record = Assert.Single(observer.Records);
            Assert.Equal("POST /contacts -> 200 in 0 ms (attempt 1)", record.ToString());
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(Contact), record.BytesReceived);
        }
    }
}
