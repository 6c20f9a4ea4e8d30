using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Caching;
using IntercomPS.Engine.Connection;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Paging
{
    /// <summary>
    /// The one page-consumer contract: a decorator passes on every member, so what the inner observer does per window
    /// (an export's commit) happens however the pages are decorated, and decorating never changes how a range is read.
    /// </summary>
    public sealed class PageObserverTests
    {
        private static readonly DateTimeOffset Since = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);

        [Fact]
        public async Task A_transforming_observer_changes_the_items_and_passes_windows_and_progress_on()
        {
            var inner = new Recorder<string>();
            var window = new DateWindow(Since, Since.AddDays(1));
            var failure = new InvalidOperationException("boom");
            var progress = new ReadProgress(3, null, TimeSpan.FromSeconds(1), 1, 2, 1, window);
            // Get-IntercomConversation -ExpandContact decorates the pipeline's observer this way; its hand-written
            // decorator passed items, failures and progress on, but not window completion.
            var decorated = PageObserver.Transforming<string>(inner, (items, _) => Task.FromResult<IReadOnlyList<string>>(items.Select(item => item.ToUpperInvariant()).ToList()));

            await decorated.OnItemsAsync(new[] { "a", "b" }, CancellationToken.None);
            decorated.OnWindowFailed(window, failure);
            await decorated.OnWindowCompletedAsync(window, false, CancellationToken.None);
            decorated.OnProgress(progress);

            Assert.Equal(new[] { "A", "B" }, inner.Items);
            Assert.Equal(new[] { (window, (Exception)failure) }, inner.Failures);
            Assert.Equal(new[] { (window, false) }, inner.Completed);
            Assert.Same(progress, Assert.Single(inner.Progress));
        }

        [Fact]
        public async Task Reading_full_objects_still_splits_a_large_window_and_every_window_reaches_the_inner_observer()
        {
            // About 100 conversations a day: a 2-day range is one window of 20 pages of 10, far more than its share of
            // 4 fetch slots. The expanding wrapper used to claim window completion for itself, which turned the split off.
            using var sandbox = new SandboxWorkspace(new SandboxOptions
            {
                ConversationCount = 6000,
                ContactCount = 200,
                RangeStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
                RangeEnd = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
                RateLimitPerMinute = 0,
            });
            using var connection = await IntercomConnection.ConnectAsync(
                new IntercomClientOptions(new Uri("https://api.intercom.test/"), sandbox.Options.AccessToken) { Handler = sandbox.CreateHandler() },
                "Sandbox", new CacheSettings(), CancellationToken.None);
            var inner = new Recorder<Conversation>();
            var request = new SearchRequest { Since = Since, Until = Since.AddDays(2), ThrottleLimit = 4, PageSize = 10 };

            var result = await connection.Conversations.SearchAsync(request, connection.Conversations.WithFullObjects(inner, 4), CancellationToken.None);

            Assert.True(result!.Complete);
            Assert.True(result.WindowsTotal > 1, $"the window was not split ({result.WindowsTotal} window)");
            Assert.Equal(result.WindowsTotal, inner.Completed.Count);
            Assert.All(inner.Completed, completed => Assert.True(completed.Complete));
            var ids = inner.Items.Select(conversation => conversation.Id!).ToList();
            Assert.Equal(sandbox.ConversationIdsCreatedIn(Since, Since.AddDays(2)).OrderBy(id => id, StringComparer.Ordinal), ids.OrderBy(id => id, StringComparer.Ordinal));
            // Full objects: read by id, with their parts, which a search result does not carry.
            Assert.All(inner.Items, conversation => Assert.NotNull(conversation.Parts));
        }

        private sealed class Recorder<T> : IPageObserver<T>
        {
            public List<T> Items { get; } = new List<T>();

            public List<(DateWindow Window, Exception Error)> Failures { get; } = new List<(DateWindow, Exception)>();

            public List<(DateWindow Window, bool Complete)> Completed { get; } = new List<(DateWindow, bool)>();

            public List<ReadProgress> Progress { get; } = new List<ReadProgress>();

            public Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
            {
                Items.AddRange(items);
                return Task.CompletedTask;
            }

            public void OnWindowFailed(DateWindow window, Exception error) => Failures.Add((window, error));

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken)
            {
                Completed.Add((window, complete));
                return Task.CompletedTask;
            }

            public void OnProgress(ReadProgress progress) => Progress.Add(progress);
        }
    }
}
