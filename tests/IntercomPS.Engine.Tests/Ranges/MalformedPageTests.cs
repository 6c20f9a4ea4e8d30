using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;
using static IntercomPS.Engine.Tests.Ranges.RangeTestKit;

namespace IntercomPS.Engine.Tests.Ranges
{
    /// <summary>
    /// A page without its list, or an empty page that still names a next cursor, used to end a window silently (665
    /// of 3,761 conversations lost under 20% such pages). It is a failed request now: retried, then the window fails.
    /// </summary>
    public sealed class MalformedPageTests
    {
        private static readonly DateTimeOffset From = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset To = new DateTimeOffset(2026, 1, 21, 0, 0, 0, TimeSpan.Zero);

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        public async Task A_chunked_read_under_20_percent_malformed_pages_yields_exactly_the_truth(int throttle)
        {
            using var sandbox = Sandbox(conversations: 1500);
            sandbox.Options.Faults.MalformedPageRate = 0.2;
            using var connection = await Connect(sandbox, maxRetries: 8);
            var observer = new Collector();

            var result = await connection.Conversations.SearchAsync(
                new SearchRequest { Since = From, Until = To, ChunkDays = 2, PageSize = 25, ThrottleLimit = throttle }, observer, CancellationToken.None);

            Assert.True(sandbox.Log.CountFault(SandboxFault.MalformedPage) > 10, "the fault hardly fired");
            Assert.Empty(observer.Failures);
            Assert.True(result!.Complete);
            Assert.Equal(Sorted(sandbox.ConversationIdsCreatedIn(From, To)), Sorted(observer.Ids));
            Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
        }

        [Fact]
        public async Task A_window_whose_pages_stay_malformed_is_reported_with_its_date_range()
        {
            using var sandbox = Sandbox(conversations: 600);
            // Conversation search windows are sent as created_at > Start - 1 s.
            var brokenStart = From.AddDays(6);
            var marker = (brokenStart.ToUnixTimeSeconds() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sandbox.Options.Faults.Decide = request => request.Body != null && request.Body.Contains(marker) ? SandboxFault.MalformedPage : null;
            using var connection = await Connect(sandbox, maxRetries: 2);
            var observer = new Collector();

            var result = await connection.Conversations.SearchAsync(
                new SearchRequest { Since = From, Until = To, ChunkDays = 2, PageSize = 25, ThrottleLimit = 2 }, observer, CancellationToken.None);

            var failure = Assert.Single(result!.FailedWindows);
            Assert.Equal(brokenStart, failure.Window.Start);
            Assert.Equal(brokenStart.AddDays(2), failure.Window.End);
            Assert.False(result.Complete);
            var error = Assert.IsType<IntercomApiException>(Assert.Single(observer.Failures).Error);
            Assert.Equal(3, error.Attempts);
            Assert.Contains("could not be read", error.Message);
            Assert.Contains("2026-01-07T00:00:00Z..2026-01-09T00:00:00Z", failure.ToString());
            var others = sandbox.ConversationIdsCreatedIn(From, brokenStart).Concat(sandbox.ConversationIdsCreatedIn(brokenStart.AddDays(2), To));
            Assert.Equal(Sorted(others), Sorted(observer.Ids));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public async Task A_window_that_delivers_fewer_items_than_its_total_count_fails_and_says_how_many(int throttle)
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(4), 1);
            var items = QuietDays(4, 12);
            var server = new FakeSearchServer(items);
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var short_ = windows[1];
            // The last page of one window ends early: its cursor stops before the items the API announced.
            var reader = Reader(async (window, cursor, perPage, token) =>
            {
                var page = await search(window, cursor, perPage, token);
                return window.Equals(short_) && cursor != null ? new ListPage<Item>(page.Items) { TotalCount = page.TotalCount, NextCursor = null } : page;
            });
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = throttle, PageSize = 5 }, CancellationToken.None);

            var failure = Assert.Single(result.FailedWindows);
            Assert.Equal(short_, failure.Window);
            var shortfall = Assert.IsType<WindowShortfallException>(failure.Error);
            Assert.Equal(12, shortfall.Announced);
            Assert.Equal(10, shortfall.Received);
            Assert.Contains("announced 12", shortfall.Message);
            Assert.Equal(3, result.WindowsRead);
        }

        [Fact]
        public async Task A_window_that_delivers_what_it_announced_or_more_is_complete()
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(2), 1);
            var items = QuietDays(2, 12);
            var search = SearchFetcher(new FakeSearchServer(items), BoundaryPolicy.SecondPrecision);
            // A total_count below what arrives (items created while reading) is no loss.
            var reader = Reader(async (window, cursor, perPage, token) =>
            {
                var page = await search(window, cursor, perPage, token);
                return new ListPage<Item>(page.Items) { TotalCount = page.TotalCount - 3, NextCursor = page.NextCursor };
            });
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = 1, PageSize = 5 }, CancellationToken.None);

            Assert.True(result.Complete);
            Assert.Equal(24, result.ItemsEmitted);
        }

        private static SandboxWorkspace Sandbox(int conversations) =>
            new SandboxWorkspace(new SandboxOptions
            {
                ConversationCount = conversations,
                ContactCount = 200,
                RangeStart = From,
                RangeEnd = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero),
                RateLimitPerMinute = 0,
            });

        private static Task<IntercomConnection> Connect(SandboxWorkspace sandbox, int maxRetries) =>
            IntercomConnection.ConnectAsync(
                new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken)
                {
                    Handler = sandbox.CreateHandler(),
                    MaxRetries = maxRetries,
                    BaseRetryDelay = TimeSpan.Zero,
                },
                "Sandbox", new CacheSettings(), CancellationToken.None);

        private sealed class Collector : IPageObserver<Conversation>
        {
            public List<string> Ids { get; } = new List<string>();

            public List<(DateWindow Window, Exception Error)> Failures { get; } = new List<(DateWindow, Exception)>();

            public Task OnItemsAsync(IReadOnlyList<Conversation> items, CancellationToken cancellationToken)
            {
                Ids.AddRange(items.Select(item => item.Id!));
                return Task.CompletedTask;
            }

            public void OnWindowFailed(DateWindow window, Exception error) => Failures.Add((window, error));

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

            public void OnProgress(ReadProgress progress)
            {
            }
        }
    }
}
