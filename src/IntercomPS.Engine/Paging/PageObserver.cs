using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Paging
{
    /// <summary>The page observers every reader needs: items only, and a decorator that changes items and passes the rest on.</summary>
    public static class PageObserver
    {
        /// <summary>An observer that only wants the items: windows and progress are ignored.</summary>
        public static IPageObserver<T> Of<T>(Func<IReadOnlyList<T>, CancellationToken, Task> onItems) =>
            new ItemsObserver<T>(onItems ?? throw new ArgumentNullException(nameof(onItems)));

        /// <summary>
        /// Passes each batch through <paramref name="transform"/> (expanding items, replacing them with fuller ones)
        /// before <paramref name="inner"/> sees it, and everything else (failed and completed windows, progress)
        /// straight on, so whatever <paramref name="inner"/> does per window still happens.
        /// </summary>
        public static IPageObserver<T> Transforming<T>(IPageObserver<T> inner, Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>> transform) =>
            new TransformingObserver<T>(inner ?? throw new ArgumentNullException(nameof(inner)), transform ?? throw new ArgumentNullException(nameof(transform)));

        private sealed class ItemsObserver<T> : IPageObserver<T>
        {
            private readonly Func<IReadOnlyList<T>, CancellationToken, Task> _onItems;

            public ItemsObserver(Func<IReadOnlyList<T>, CancellationToken, Task> onItems) => _onItems = onItems;

            public Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken) => _onItems(items, cancellationToken);

            public void OnWindowFailed(DateWindow window, Exception error)
            {
            }

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) => Task.CompletedTask;

            public void OnProgress(ReadProgress progress)
            {
            }
        }

        private sealed class TransformingObserver<T>(IPageObserver<T> inner, Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>> transform)
            : IPageObserver<T>
        {
            private readonly IPageObserver<T> _inner = inner;
            private readonly Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>> _transform = transform;

            public async Task OnItemsAsync(IReadOnlyList<T> items, CancellationToken cancellationToken)
            {
                var transformed = await _transform(items, cancellationToken).ConfigureAwait(false);
                await _inner.OnItemsAsync(transformed, cancellationToken).ConfigureAwait(false);
            }

            public void OnWindowFailed(DateWindow window, Exception error) => _inner.OnWindowFailed(window, error);

            public Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken) =>
                _inner.OnWindowCompletedAsync(window, complete, cancellationToken);

            public void OnProgress(ReadProgress progress) => _inner.OnProgress(progress);
        }
    }
}
