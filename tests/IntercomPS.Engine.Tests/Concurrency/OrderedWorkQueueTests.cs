using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Concurrency;

namespace IntercomPS.Engine.Tests.Concurrency
{
    /// <summary>
    /// The one bounded hand-over: the pipeline bridge's queue, lookups and changes in input order, and a page's
    /// expansion. Order, the bound on work in flight, and what a completed queue tells producers and consumers.
    /// </summary>
    public sealed class OrderedWorkQueueTests
    {
        [Fact]
        public async Task Results_come_back_in_the_order_the_work_was_added_whatever_order_it_finishes_in()
        {
            var queue = new OrderedWorkQueue<int>(concurrency: 3, capacity: 3, CancellationToken.None);
            var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
            foreach (var gate in gates) Assert.True(queue.Add(_ => gate.Task, waitForRoom: false, CancellationToken.None));

            gates[2].SetResult(2);
            gates[1].SetResult(1);
            gates[0].SetResult(0);

            Assert.Equal(0, await queue.Take(CancellationToken.None)!);
            Assert.Equal(1, await queue.Take(CancellationToken.None)!);
            Assert.Equal(2, await queue.Take(CancellationToken.None)!);
        }

        [Fact]
        public async Task No_more_than_the_concurrency_runs_at_once()
        {
            var queue = new OrderedWorkQueue<int>(concurrency: 2, capacity: 10, CancellationToken.None);
            var running = 0;
            var most = 0;
            var twoRunning = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            for (var i = 0; i < 6; i++)
            {
                var value = i;
                queue.Add(async _ =>
                {
                    var now = Interlocked.Increment(ref running);
                    InterlockedMax(ref most, now);
                    if (now == 2) twoRunning.TrySetResult(true);
                    await release.Task;
                    Interlocked.Decrement(ref running);
                    return value;
                }, waitForRoom: false, CancellationToken.None);
            }

            await twoRunning.Task;
            release.SetResult(true);
            for (var i = 0; i < 6; i++) Assert.Equal(i, await queue.Take(CancellationToken.None)!);

            Assert.Equal(2, most);
        }

        [Fact]
        public async Task A_producer_waiting_for_room_gives_up_when_the_queue_is_completed_and_what_was_added_can_still_be_taken()
        {
            var queue = new OrderedWorkQueue<string>(concurrency: 1, capacity: 1, CancellationToken.None);
            Assert.True(queue.Add("first", CancellationToken.None));

            // The queue is full: this producer waits for room until the queue is completed, then gives up.
            var second = Task.Run(() => queue.Add("second", CancellationToken.None));
            queue.Complete();

            Assert.False(await second);
            Assert.Equal("first", await queue.Take(CancellationToken.None)!);
            Assert.Null(queue.Take(CancellationToken.None));
            Assert.False(queue.Add("late", CancellationToken.None));
        }

        [Fact]
        public async Task A_consumer_waits_for_the_next_entry()
        {
            var queue = new OrderedWorkQueue<string>(concurrency: 1, capacity: 1, CancellationToken.None);
            var taken = Task.Run(() => queue.Take(CancellationToken.None));

            queue.Add("value", CancellationToken.None);

            Assert.Equal("value", await taken);
        }

        [Fact]
        public void A_cancelled_wait_for_room_ends_with_the_cancellation()
        {
            var queue = new OrderedWorkQueue<string>(concurrency: 1, capacity: 1, CancellationToken.None);
            queue.Add("first", CancellationToken.None);
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.Throws<OperationCanceledException>(() => queue.Add("second", cancellation.Token));
            Assert.Equal(1, queue.Count);
        }

        [Fact]
        public async Task MapAsync_keeps_the_batch_order_with_bounded_concurrency()
        {
            var running = 0;
            var most = 0;

            var doubled = await OrderedWorkQueue<int>.MapAsync(Enumerable.Range(0, 20).ToList(), 3, async (item, _) =>
            {
                InterlockedMax(ref most, Interlocked.Increment(ref running));
                await Task.Yield();
                Interlocked.Decrement(ref running);
                return item * 2;
            }, CancellationToken.None);

            Assert.Equal(Enumerable.Range(0, 20).Select(item => item * 2), doubled);
            Assert.InRange(most, 1, 3);
        }

        [Fact]
        public async Task MapAsync_reports_a_failure_only_once_every_call_has_ended()
        {
            var slowStarted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var slowEnded = false;

            await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedWorkQueue<int>.MapAsync(new[] { 0, 1 }, 2, async (item, _) =>
            {
                if (item == 1)
                {
                    slowStarted.SetResult(true);
                    await Task.Yield();
                    slowEnded = true;
                    return item;
                }
                await slowStarted.Task;
                throw new InvalidOperationException("the first call fails");
            }, CancellationToken.None));

            Assert.True(slowEnded);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
