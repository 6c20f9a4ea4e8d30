using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Json;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;
using Microsoft.Extensions.Time.Testing;
using static IntercomPS.Engine.Tests.Ranges.RangeTestKit;

namespace IntercomPS.Engine.Tests.Ranges
{
    public sealed class ChunkedRangeReaderTests
    {
        [Fact]
        public async Task With_one_window_at_a_time_output_is_in_window_order_then_server_order()
        {
            var until = Since.AddDays(10);
            var items = BoundaryHeavyItems(Since, until);
            var server = new FakeSearchServer(items);
            var observer = new RecordingObserver();

            await Reader(SearchFetcher(server, BoundaryPolicy.SecondPrecision)).ReadAsync(
                DateWindowPlanner.Plan(Since, until, 1), observer, new PagingOptions { ThrottleLimit = 1, PageSize = 5 }, CancellationToken.None);

            var expected = items.Where(item => item.CreatedAt >= Since && item.CreatedAt < until)
                .OrderBy(item => item.CreatedAt).ThenBy(item => item.Id, StringComparer.Ordinal).Select(item => item.Id);
            Assert.Equal(expected, observer.Ids);
        }

        [Fact]
        public async Task Parallel_windows_are_fetched_together_but_emitted_one_window_at_a_time()
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(6), 1);
            var server = new FakeSearchServer(QuietDays(6, 12));
            var gauge = new ConcurrencyGauge();
            var firstPagesRequested = 0;
            var fourWindowsStarted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);

            // First pages are held until four windows have asked for theirs: the four run at once, and afterwards
            // pages of several windows are buffered together, so an emitter that interleaved windows would show it.
            var reader = Reader((window, cursor, perPage, token) => gauge.Measure(async () =>
            {
                if (cursor == null)
                {
                    if (Interlocked.Increment(ref firstPagesRequested) == 4) fourWindowsStarted.SetResult(true);
                    await fourWindowsStarted.Task.WaitAsync(token);
                }
                return await search(window, cursor, perPage, token);
            }));
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = 4, PageSize = 3 }, CancellationToken.None);

            Assert.Equal(4, gauge.Max);
            var windowOfEachBatch = observer.Batches.Select(batch => windows.Single(window => batch.All(item => window.Contains(item.CreatedAt)))).ToList();
            var runs = windowOfEachBatch.Where((window, i) => i == 0 || !window.Equals(windowOfEachBatch[i - 1])).ToList();
            Assert.Equal(runs.Count, runs.Distinct().Count());
            Assert.Equal(72, result.ItemsEmitted);
            Assert.False(observer.CallsOverlapped);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        public async Task A_failed_window_is_reported_once_and_every_other_window_completes(int throttle)
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(5), 1);
            var items = QuietDays(5, 20);
            var server = new FakeSearchServer(items);
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var broken = windows[2];
            var reader = Reader((window, cursor, perPage, token) =>
                window.Equals(broken) && cursor != null
                    ? throw new HttpRequestException("connection reset (after the transport's retries)")
                    : search(window, cursor, perPage, token));
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = throttle, PageSize = 10 }, CancellationToken.None);

            var failure = Assert.Single(observer.Failures);
            Assert.Equal(broken, failure.Window);
            Assert.Equal("2026-03-03T00:00:00Z..2026-03-04T00:00:00Z", failure.Window.ToString());
            Assert.IsType<HttpRequestException>(failure.Error);

            var recorded = Assert.Single(result.FailedWindows);
            Assert.Equal(broken, recorded.Window);
            Assert.Equal(10, recorded.ItemsEmitted);
            Assert.Equal(4, result.WindowsRead);
            Assert.False(result.Complete);

            var others = items.Where(item => !broken.Contains(item.CreatedAt)).Select(item => item.Id);
            var firstPageOfBroken = items.Where(item => broken.Contains(item.CreatedAt)).Take(10).Select(item => item.Id);
            Assert.Equal(Sorted(others.Concat(firstPageOfBroken)), Sorted(observer.Ids));
        }

        [Fact]
        public async Task A_cursor_loop_fails_its_window_with_an_error_naming_the_range()
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(3), 1);
            var items = QuietDays(3, 6);
            var reader = Reader((window, cursor, perPage, token) =>
            {
                var inWindow = items.Where(item => window.Contains(item.CreatedAt)).ToList();
                var index = cursor == null ? 0 : int.Parse(cursor);
                // The middle window always points back to its second page.
                var next = window.Equals(windows[1]) ? "2" : index + 2 < inWindow.Count ? (index + 2).ToString() : null;
                return Task.FromResult(new ListPage<Item>(inWindow.Skip(index).Take(2).ToList()) { NextCursor = next });
            });
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { PageSize = 2 }, CancellationToken.None);

            var failure = Assert.Single(observer.Failures);
            Assert.Equal(windows[1], failure.Window);
            var loop = Assert.IsType<CursorLoopException>(failure.Error);
            Assert.Contains(windows[1].ToString(), loop.Message);
            Assert.Equal(2, result.WindowsRead);
            Assert.Equal(6 + 4 + 6, result.ItemsEmitted);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        public async Task First_five_makes_one_request(int throttle)
        {
            var server = new FakeSearchServer(QuietDays(5, 20));
            var observer = new RecordingObserver();

            var result = await Reader(SearchFetcher(server, BoundaryPolicy.SecondPrecision)).ReadAsync(
                DateWindowPlanner.Plan(Since, Since.AddDays(5), 1), observer,
                new PagingOptions { ThrottleLimit = throttle, PageSize = 50, Limit = 5 }, CancellationToken.None);

            Assert.Equal(1, server.Calls);
            Assert.Equal(5L, ((IDictionary<string, object?>)server.Bodies.Single()["pagination"]!)["per_page"]);
            Assert.Equal(5, observer.Ids.Count);
            Assert.True(result.LimitReached);
        }

        [Theory]
        [InlineData(1, 3)]
        // With four windows fetching, at most one request more than needed can be in flight when the limit is
        // met: the ones the buffered items and in-flight pages could not yet rule out.
        [InlineData(4, 4)]
        public async Task A_limit_across_windows_stops_all_fetching(int throttle, int maxRequests)
        {
            var server = new FakeSearchServer(QuietDays(5, 20));
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var observer = new RecordingObserver();
            // Requests the run started: one already started when the limit is met is cancelled and may never reach the
            // server, so the server's own count can be lower.
            var started = 0;

            var result = await Reader((window, cursor, perPage, token) =>
            {
                Interlocked.Increment(ref started);
                return search(window, cursor, perPage, token);
            }).ReadAsync(
                DateWindowPlanner.Plan(Since, Since.AddDays(5), 1), observer,
                new PagingOptions { ThrottleLimit = throttle, PageSize = 10, Limit = 23 }, CancellationToken.None);

            Assert.Equal(23, observer.Ids.Count);
            Assert.Equal(23, result.ItemsEmitted);
            Assert.True(result.LimitReached);
            Assert.InRange(started, 3, maxRequests);
            Assert.Equal(started, result.Requests);
        }

        [Fact]
        public async Task A_limit_of_zero_makes_no_request()
        {
            var server = new FakeSearchServer(QuietDays(1, 5));
            var result = await Reader(SearchFetcher(server, BoundaryPolicy.SecondPrecision)).ReadAsync(
                DateWindowPlanner.Plan(Since, Since.AddDays(1)), new RecordingObserver(), new PagingOptions { Limit = 0 }, CancellationToken.None);

            Assert.Equal(0, server.Calls);
            Assert.True(result.LimitReached);
        }

        [Fact]
        public async Task A_slow_consumer_bounds_what_is_buffered_and_nothing_deadlocks()
        {
            // Two windows of 20 one-item pages, room for 2 pages a window and 2 x ThrottleLimit x 2 = 8 in all. While
            // the consumer holds its first page, the window being emitted can fetch 1 + 2 pages (its own cap), and the
            // window behind it runs ahead into the shared room: 8 - 2 = 6 pages. Nine requests (ten when the first window
            // ran ahead too before the emitter took it up), then everyone waits however long the consumer takes. The
            // server counts a request when it arrives, before its page takes room, so each of the ThrottleLimit = 2
            // running windows may have one more request counted when the room runs out: eleven at most (seen on Mono).
            var server = new FakeSearchServer(QuietDays(3, 20));
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var nineRequests = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var reader = Reader(async (window, cursor, perPage, token) =>
            {
                var page = await search(window, cursor, perPage, token);
                if (server.Calls >= 9) nineRequests.TrySetResult(true);
                return page;
            });
            int? requestsWhileConsumerWasStuck = null;
            var observer = new RecordingObserver
            {
                OnItems = async (items, token) =>
                {
                    if (requestsWhileConsumerWasStuck != null) return;
                    await nineRequests.Task.WaitAsync(token);
                    await Task.Delay(200, token);
                    requestsWhileConsumerWasStuck = server.Calls;
                },
            };

            var result = await reader.ReadAsync(DateWindowPlanner.Plan(Since, Since.AddDays(3), 1), observer,
                new PagingOptions { ThrottleLimit = 2, PageSize = 1, MaxBufferedPagesPerWindow = 2 }, CancellationToken.None);

            Assert.InRange(requestsWhileConsumerWasStuck!.Value, 9, 11);
            Assert.Equal(60, result.ItemsEmitted);
            Assert.Equal(60, observer.Ids.Distinct().Count());
        }

        [Fact]
        public async Task Cancellation_stops_promptly_and_leaves_no_request_running()
        {
            using var cancellation = new CancellationTokenSource();
            var server = new FakeSearchServer(QuietDays(4, 10));
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var gauge = new ConcurrencyGauge();
            var reader = Reader((window, cursor, perPage, token) => gauge.Measure(async () =>
            {
                // Only first pages answer; every later request hangs until cancelled.
                if (cursor != null) await Task.Delay(Timeout.Infinite, token);
                return await search(window, cursor, perPage, token);
            }));
            var observer = new RecordingObserver { OnItems = (items, token) => { cancellation.Cancel(); return Task.CompletedTask; } };

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reader.ReadAsync(
                DateWindowPlanner.Plan(Since, Since.AddDays(4), 1), observer, new PagingOptions { ThrottleLimit = 2, PageSize = 3 }, cancellation.Token));

            Assert.Equal(0, gauge.Current);
            Assert.Single(observer.Batches);
            Assert.Empty(observer.Failures);
        }

        [Fact]
        public async Task A_failing_consumer_stops_the_read_with_its_exception()
        {
            var server = new FakeSearchServer(QuietDays(4, 10));
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var gauge = new ConcurrencyGauge();
            var reader = Reader((window, cursor, perPage, token) => gauge.Measure(() => search(window, cursor, perPage, token)));
            var observer = new RecordingObserver { OnItems = (items, token) => throw new InvalidOperationException("the pipeline is closed") };

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.ReadAsync(
                DateWindowPlanner.Plan(Since, Since.AddDays(4), 1), observer, new PagingOptions { ThrottleLimit = 3, PageSize = 3 }, CancellationToken.None));

            Assert.Equal("the pipeline is closed", error.Message);
            Assert.Equal(0, gauge.Current);
        }

        [Fact]
        public async Task Progress_counts_windows_items_and_rate()
        {
            var time = new FakeTimeProvider();
            var server = new FakeSearchServer(QuietDays(3, 4));
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var reader = Reader((window, cursor, perPage, token) =>
            {
                time.Advance(TimeSpan.FromSeconds(1));
                return search(window, cursor, perPage, token);
            });
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(DateWindowPlanner.Plan(Since, Since.AddDays(3), 1), observer,
                new PagingOptions { PageSize = 10, TimeProvider = time }, CancellationToken.None);

            var last = observer.Progress.Last();
            Assert.Equal(3, last.WindowsDone);
            Assert.Equal(3, last.WindowsTotal);
            Assert.Equal(100, last.PercentComplete);
            Assert.Equal(12, last.Items);
            Assert.Equal(TimeSpan.FromSeconds(3), last.Elapsed);
            Assert.Equal(4.0, last.ItemsPerSecond);
            Assert.Null(last.CurrentWindow);
            Assert.Contains(observer.Progress, progress => progress.CurrentWindow != null && progress.WindowsDone == 0 && progress.Items == 4);
            Assert.Equal(TimeSpan.FromSeconds(3), result.Elapsed);
            Assert.Equal(3, result.PagesFetched);
        }

        [Fact]
        public async Task Items_without_a_date_or_outside_their_window_are_dropped_and_counted()
        {
            var window = new DateWindow(Since, Since.AddDays(1));
            var page = new ListPage<(string Id, DateTimeOffset? At)>(new (string, DateTimeOffset?)[]
            {
                ("1", Since), ("2", null), ("3", Since.AddDays(1)), ("4", Since.AddSeconds(-1)), ("5", Since.AddHours(23)),
            });
            var reader = new ChunkedRangeReader<(string Id, DateTimeOffset? At)>((w, cursor, perPage, token) => Task.FromResult(page), item => item.Id, item => item.At);
            var emitted = new List<string>();
            var observer = new DelegateObserver<(string Id, DateTimeOffset? At)>(items => emitted.AddRange(items.Select(item => item.Id)));

            var result = await reader.ReadAsync(new[] { window }, observer, null, CancellationToken.None);

            Assert.Equal(new[] { "1", "5" }, emitted);
            Assert.Equal(3, result.OutOfWindowDropped);
        }

        [Fact]
        public async Task A_keep_check_drops_items_before_they_count_against_the_limit()
        {
            var until = Since.AddDays(4);
            var items = QuietDays(4, 20);
            var server = new FakeSearchServer(items);
            var observer = new RecordingObserver();
            var reader = new ChunkedRangeReader<Item>(SearchFetcher(server, BoundaryPolicy.SecondPrecision), item => item.Id, item => item.CreatedAt,
                keep: item => item.Id.EndsWith("7", StringComparison.Ordinal));

            var result = await reader.ReadAsync(DateWindowPlanner.Plan(Since, until, 1), observer, new PagingOptions { ThrottleLimit = 2, PageSize = 5, Limit = 3 }, CancellationToken.None);

            var expected = Truth(items, Since, until, item => item.Id.EndsWith("7", StringComparison.Ordinal));
            Assert.True(expected.Count > 3);
            Assert.Equal(3, observer.Ids.Count);
            Assert.All(observer.Ids, id => Assert.EndsWith("7", id));
            Assert.True(result.LimitReached);
        }

        [Fact]
        public async Task A_large_window_is_split_after_its_first_page_and_its_parts_are_fetched_at_once()
        {
            var until = Since.AddDays(3);
            var items = QuietDays(3, 200);
            var server = new FakeSearchServer(items);
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var original = DateWindowPlanner.Plan(Since, until).Single();
            var gauge = new ConcurrencyGauge();
            var partsStarted = 0;
            var allPartsAsking = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var windowsAsked = new ConcurrentBag<DateWindow>();

            // 600 items at 10 a page are 60 pages on one cursor. The original window may send only its first page;
            // each part's first page is held until all four parts ask at once, so serial parts would never finish.
            var reader = Reader((window, cursor, perPage, token) => gauge.Measure(async () =>
            {
                windowsAsked.Add(window);
                if (window.Equals(original))
                {
                    if (cursor != null) throw new InvalidOperationException("The large window was read on through its own cursor instead of being split.");
                }
                else if (cursor == null)
                {
                    if (Interlocked.Increment(ref partsStarted) == 4) allPartsAsking.SetResult(true);
                    await allPartsAsking.Task.WaitAsync(TimeSpan.FromMinutes(1), token);
                }
                return await search(window, cursor, perPage, token);
            }));
            var observer = new RecordingObserver();

            var result = await reader.ReadAsync(new[] { original }, observer,
                new PagingOptions { ThrottleLimit = 4, PageSize = 10, SplitLargeWindows = true }, CancellationToken.None);

            Assert.Equal(4, gauge.Max);
            // Four parts at least: a part that finds itself far larger than the others (the items sit at 10:00 each
            // day, so a part may hold none) is split again.
            Assert.True(result.WindowsTotal >= 5);
            Assert.True(result.Complete);
            Assert.Equal(Truth(items, Since, until), Sorted(observer.Ids));
            Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
            // The parts lie within the window, from its start to its end, on whole seconds from its start.
            var parts = windowsAsked.Where(w => !w.Equals(original)).Distinct().ToList();
            Assert.All(parts, part => Assert.True(part.Start >= original.Start && part.End <= original.End, $"{part} is outside {original}"));
            Assert.All(parts, part => Assert.Equal(0, (part.Start - original.Start).Ticks % TimeSpan.TicksPerSecond));
            Assert.Contains(parts, part => part.Start == original.Start);
            Assert.Contains(parts, part => part.End == original.End);
            Assert.False(observer.CallsOverlapped);
        }

        [Theory]
        [InlineData(4, 1)]
        [InlineData(4, 2)]
        [InlineData(8, 2)]
        [InlineData(3, 7)]
        public async Task Split_windows_keep_exact_boundaries_and_emit_every_item_once(int throttle, int chunkDays)
        {
            var until = Since.AddDays(9).AddHours(5);
            var items = BoundaryHeavyItems(Since, until);
            // One busy day among quiet ones: its window is the long pole worth splitting. Pairs on every hour and
            // quarter hour put items exactly on the boundaries its parts may get.
            var busy = Since.AddDays(4);
            for (var i = 0; i < 96 * 4; i++) items.Add(new Item("busy" + i, busy.AddMinutes(15 * (i / 4)).AddSeconds(i % 4 == 3 ? -1 : 0)));
            // Whether a window is split depends on which windows have started when its first page arrives, which
            // the thread pool decides: every run must be exact, and within a few runs one must have split.
            var split = false;
            for (var run = 0; run < 5 && !split; run++)
            {
                var server = new FakeSearchServer(items);
                var observer = new RecordingObserver();

                var result = await Reader(SearchFetcher(server, BoundaryPolicy.SecondPrecision)).ReadAsync(
                    DateWindowPlanner.Plan(Since, until, chunkDays), observer,
                    new PagingOptions { ThrottleLimit = throttle, PageSize = 3, SplitLargeWindows = true }, CancellationToken.None);

                split = result.WindowsTotal > DateWindowPlanner.Plan(Since, until, chunkDays).Count;
                Assert.True(result.Complete);
                Assert.Equal(Truth(items, Since, until), Sorted(observer.Ids));
                Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
            }
            Assert.True(split, "no window was split in 5 runs");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task A_window_the_measured_density_shows_to_be_long_is_cut_before_its_first_page_unless_margins_cost_much(bool calendarDayMargins)
        {
            // 100 items a day, evenly spread: two 1-day windows of 10 pages, then a 4-day window of 40 pages. It can
            // start only when a 1-day window is done, so the density is known by then: the 4-day window is twice the
            // share of a slot, and is cut before it sends anything, so no page of it is read twice (a split after its
            // first page would read that page again). With 26-hour margins, most of what a 1-day window fetches lies
            // outside it, and every piece would fetch its margins again: no cut then.
            var items = Enumerable.Range(0, 600).Select(i => new Item((5000 + i).ToString(), Since.AddSeconds(i * 864 + 7))).ToList();
            var server = new FakeSearchServer(items);
            var search = SearchFetcher(server, calendarDayMargins ? BoundaryPolicy.CalendarDay : BoundaryPolicy.SecondPrecision);
            var longWindow = new DateWindow(Since.AddDays(2), Since.AddDays(6));
            var windows = new[] { new DateWindow(Since, Since.AddDays(1)), new DateWindow(Since.AddDays(1), Since.AddDays(2)), longWindow };
            var asked = new ConcurrentBag<DateWindow>();
            var observer = new RecordingObserver();

            var result = await Reader((window, cursor, perPage, token) =>
            {
                asked.Add(window);
                return search(window, cursor, perPage, token);
            }).ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = 2, PageSize = 10, SplitLargeWindows = true }, CancellationToken.None);

            Assert.True(result.Complete);
            Assert.Equal(Truth(items, Since, Since.AddDays(6)), Sorted(observer.Ids));
            Assert.Equal(observer.Ids.Count, observer.Ids.Distinct().Count());
            if (calendarDayMargins)
            {
                Assert.Contains(longWindow, asked);
                return;
            }
            Assert.DoesNotContain(longWindow, asked);
            var pieces = asked.Distinct().Where(window => window.Start >= longWindow.Start).OrderBy(window => window.Start).ToList();
            Assert.True(pieces.Count >= 2, $"the long window was read as {pieces.Count} piece(s)");
            Assert.Equal(longWindow.Start, pieces[0].Start);
            Assert.Equal(longWindow.End, pieces[pieces.Count - 1].End);
        }

        [Fact]
        public async Task Among_windows_still_being_fetched_the_one_with_the_fewest_pages_left_is_emitted_first()
        {
            // Three days: 5 items (one page), 100 items (ten pages), 20 items (two pages), fetched at once. The second
            // and third days' first pages wait until the first day is emitted, and their second pages wait until the
            // emitter has chosen between them: both have a page buffered and neither is finished. The emitter stays
            // with the window it chooses until that window is fetched, so the one that finishes sooner goes first.
            var items = new List<Item>();
            foreach (var (day, count) in new[] { (0, 5), (1, 100), (2, 20) })
            {
                for (var i = 0; i < count; i++) items.Add(new Item($"d{day}-{i:000}", Since.AddDays(day).AddMinutes(10 * i + 1)));
            }
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(3), 1);
            var search = SearchFetcher(new FakeSearchServer(items), BoundaryPolicy.SecondPrecision);
            var firstDayEmitted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var secondPagesAsked = 0;
            var bothSecondPagesAsked = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var chosen = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var wait = TimeSpan.FromMinutes(1);

            var reader = Reader(async (window, cursor, perPage, token) =>
            {
                if (!window.Equals(windows[0]))
                {
                    if (cursor == null)
                    {
                        await firstDayEmitted.Task.WaitAsync(wait, token);
                    }
                    else
                    {
                        if (Interlocked.Increment(ref secondPagesAsked) == 2) bothSecondPagesAsked.SetResult(true);
                        await chosen.Task.WaitAsync(wait, token);
                    }
                }
                return await search(window, cursor, perPage, token);
            });
            var observer = new RecordingObserver
            {
                OnItems = async (batch, token) =>
                {
                    if (batch[0].Id.StartsWith("d0-", StringComparison.Ordinal))
                    {
                        firstDayEmitted.SetResult(true);
                        await bothSecondPagesAsked.Task.WaitAsync(wait, token);
                    }
                    else
                    {
                        chosen.TrySetResult(true);
                    }
                },
            };

            var result = await reader.ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = 3, PageSize = 10 }, CancellationToken.None);

            Assert.True(result.Complete);
            Assert.Equal(Sorted(items.Select(item => item.Id)), Sorted(observer.Ids));
            var days = observer.Batches.Select(batch => batch[0].Id.Substring(0, 2)).Distinct().ToList();
            Assert.Equal(new[] { "d0", "d2", "d1" }, days);
        }

        [Theory]
        [InlineData(1, true, null)]
        [InlineData(4, false, null)]
        [InlineData(4, true, 500L)]
        public async Task No_split_with_one_window_at_a_time_without_the_option_or_with_a_limit(int throttle, bool split, long? limit)
        {
            var until = Since.AddDays(3);
            var server = new FakeSearchServer(QuietDays(3, 200));
            var windows = DateWindowPlanner.Plan(Since, until);
            var asked = new ConcurrentBag<DateWindow>();
            var search = SearchFetcher(server, BoundaryPolicy.SecondPrecision);
            var observer = new RecordingObserver();

            var result = await Reader((window, cursor, perPage, token) =>
            {
                asked.Add(window);
                return search(window, cursor, perPage, token);
            }).ReadAsync(windows, observer, new PagingOptions { ThrottleLimit = throttle, PageSize = 10, SplitLargeWindows = split, Limit = limit }, CancellationToken.None);

            Assert.Equal(windows, asked.Distinct());
            Assert.Equal(1, result.WindowsTotal);
            Assert.Equal(limit ?? 600, result.ItemsEmitted);
        }

        [Fact]
        public async Task Without_the_split_an_observer_told_of_window_completion_sees_only_the_planned_windows()
        {
            var until = Since.AddDays(3);
            var items = QuietDays(3, 200);
            var windows = DateWindowPlanner.Plan(Since, until);
            var observer = new CompletionRecordingObserver();

            // What an export asks for (see ExporterTests): a checkpoint told the window was complete after its first
            // page would skip its parts on resume.
            var result = await Reader(SearchFetcher(new FakeSearchServer(items), BoundaryPolicy.SecondPrecision)).ReadAsync(windows, observer,
                new PagingOptions { ThrottleLimit = 4, PageSize = 10, SplitLargeWindows = false }, CancellationToken.None);

            Assert.Equal(windows, observer.Completed);
            Assert.Equal(1, result.WindowsTotal);
            Assert.Equal(Truth(items, Since, until), Sorted(observer.Ids));
        }

        private sealed class CompletionRecordingObserver : IPageObserver<Item>
        {
            public List<string> Ids { get; } = new List<string>();

            public List<DateWindow> Completed { get; } = new List<DateWindow>();

            public Task OnItemsAsync(IReadOnlyList<Item> items, CancellationToken cancellationToken)
            {
                Ids.AddRange(items.Select(item => item.Id));
                return Task.CompletedTask;
            }

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken)
            {
                Completed.Add(window);
                return Task.CompletedTask;
            }

            public void OnWindowFailed(DateWindow window, Exception error) => throw new InvalidOperationException($"{window} failed: {error}");

            public void OnProgress(ReadProgress progress)
            {
            }
        }

        private sealed class DelegateObserver<T> : IPageObserver<T>
        {
            private readonly Action<IReadOnlyList<T>> _onItems;

            public DelegateObserver(Action<IReadOnlyList<T>> onItems) => _onItems = onItems;

            public Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
            {
                _onItems(items);
                return Task.CompletedTask;
            }

            public void OnWindowFailed(DateWindow window, Exception error) => throw new InvalidOperationException($"{window} failed: {error}");

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

            public void OnProgress(ReadProgress progress)
            {
            }
        }
    }
}
