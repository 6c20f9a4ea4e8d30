using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Maps a batch with at most a given number of calls in flight, keeping the batch's order.</summary>
    internal static class BoundedConcurrency
    {
        public static async Task<TOut[]> MapAsync<TIn, TOut>(IReadOnlyList<TIn> items, int concurrency, Func<TIn, CancellationToken, Task<TOut>> map, CancellationToken cancellationToken)
        {
            var results = new TOut[items.Count];
            using (var gate = new SemaphoreSlim(Math.Max(1, concurrency)))
            {
                var tasks = new Task[items.Count];
                for (var i = 0; i < items.Count; i++)
                {
                    var index = i;
                    tasks[i] = Task.Run(async () =>
                    {
                        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            results[index] = await map(items[index], cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }, cancellationToken);
                }
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            return results;
        }
    }
}
