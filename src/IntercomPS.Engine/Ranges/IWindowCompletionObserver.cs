using System.Threading;
using System.Threading.Tasks;

namespace IntercomPS.Engine.Ranges
{
    /// <summary>
    /// Optionally implemented by an <see cref="IRangeObserver{T}"/> that must know where one window's output ends:
    /// an export commits a window (flush, checkpoint) only once every item of it has been handed over.
    /// </summary>
    public interface IWindowCompletionObserver
    {
        /// <summary>
        /// Called once per window, after its last <see cref="IRangeObserver{T}.OnItemsAsync"/> batch (and after
        /// <see cref="IRangeObserver{T}.OnWindowFailed"/> when it failed), before any item of another window is
        /// emitted. The reader waits for the returned task. <paramref name="complete"/> is false for a failed window.
        /// </summary>
        Task OnWindowCompletedAsync(DateWindow window, bool complete, CancellationToken cancellationToken);
    }
}
