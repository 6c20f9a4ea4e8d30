// What the test code uses from .NET 5+ that .NET Framework 4.7.2 lacks, so that the same test sources compile for
// net472 unchanged. Compiled into the net472 build only (tests/NetFramework.props).
using System.Threading;

namespace System.Runtime.CompilerServices
{
    /// <summary>Lets records and init-only setters compile.</summary>
    internal static class IsExternalInit
    {
    }
}

namespace System.Threading.Tasks
{
    /// <summary>Task.WaitAsync(TimeSpan) of .NET 6: the task's own outcome, or a TimeoutException once the time is up.</summary>
    internal static class TaskWaitAsyncPolyfill
    {
        public static async Task WaitAsync(this Task task, TimeSpan timeout)
        {
            await WithinTimeout(task, timeout).ConfigureAwait(false);
            await task.ConfigureAwait(false);
        }

        public static async Task<T> WaitAsync<T>(this Task<T> task, TimeSpan timeout)
        {
            await WithinTimeout(task, timeout).ConfigureAwait(false);
            return await task.ConfigureAwait(false);
        }

        private static async Task WithinTimeout(Task task, TimeSpan timeout)
        {
            using (var timer = new CancellationTokenSource())
            {
                var first = await Task.WhenAny(task, Task.Delay(timeout, timer.Token)).ConfigureAwait(false);
                if (first != task) throw new TimeoutException($"The operation has timed out after {timeout}.");
                timer.Cancel();
            }
        }
    }
}

namespace System.Threading.Tasks
{
    /// <summary>Task.WaitAsync(CancellationToken) of .NET 6: the task's own outcome, or cancellation.</summary>
    internal static class TaskWaitAsyncCancellationPolyfill
    {
        public static async Task WaitAsync(this Task task, CancellationToken cancellationToken)
        {
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            {
                await (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        /// <summary>Task.WaitAsync(TimeSpan, CancellationToken) of .NET 6: whichever of timeout and cancellation comes first.</summary>
        public static async Task WaitAsync(this Task task, TimeSpan timeout, CancellationToken cancellationToken)
        {
            await task.WaitAsync(cancellationToken).WaitAsync(timeout).ConfigureAwait(false);
        }
    }
}

namespace System.Net.Sockets
{
    /// <summary>Socket.ReceiveAsync(Memory&lt;byte&gt;, SocketFlags) of .NET Core, for a whole buffer.</summary>
    internal static class SocketReceivePolyfill
    {
        public static System.Threading.Tasks.Task<int> ReceiveAsync(this Socket socket, byte[] buffer, SocketFlags flags) =>
            socket.ReceiveAsync(new ArraySegment<byte>(buffer), flags);
    }

    /// <summary>Socket.SendAsync(ReadOnlyMemory&lt;byte&gt;, SocketFlags) of .NET Core, for a whole buffer.</summary>
    internal static class SocketSendPolyfill
    {
        public static System.Threading.Tasks.Task<int> SendAsync(this Socket socket, byte[] buffer, SocketFlags flags) =>
            socket.SendAsync(new ArraySegment<byte>(buffer), flags);
    }
}

namespace System.IO
{
    /// <summary>Stream.WriteAsync(ReadOnlyMemory&lt;byte&gt;) of .NET Core, for a whole buffer.</summary>
    internal static class StreamWritePolyfill
    {
        public static System.Threading.Tasks.Task WriteAsync(this Stream stream, byte[] buffer) =>
            stream.WriteAsync(buffer, 0, buffer.Length);
    }
}

namespace System
{
    /// <summary>string.Split(string) of .NET Core.</summary>
    internal static class StringSplitPolyfill
    {
        public static string[] Split(this string text, string separator) =>
            text.Split(new[] { separator }, StringSplitOptions.None);
    }
}

namespace System.Collections.Generic
{
    /// <summary>ReferenceEqualityComparer of .NET 5: equality by reference, whatever Equals the objects define.</summary>
    internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
    {
        public static ReferenceEqualityComparer Instance { get; } = new ReferenceEqualityComparer();

        private ReferenceEqualityComparer()
        {
        }

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object? obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj!);
    }
}
