using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Paging;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Conformance.Tests.Scenarios
{
    /// <summary>Keeps what a search delivers, and any window it could not read.</summary>
    internal sealed class CollectingObserver<T> : IPageObserver<T>
    {
        public List<T> Items { get; } = new List<T>();

        public List<string> FailedWindows { get; } = new List<string>();

        public Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
        {
            Items.AddRange(items);
            return Task.CompletedTask;
        }

        public void OnWindowFailed(DateWindow window, Exception error) => FailedWindows.Add($"{window}: {error.Message}");

        public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

        public void OnProgress(ReadProgress progress)
        {
        }
    }
}
