using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace IntercomPS.Engine.Diagnostics
{
    /// <summary>
    /// A file opened for appending only, the way the operating system makes appends atomic: FILE_APPEND_DATA on
    /// Windows, O_APPEND on Unix. Every <see cref="Append"/> is one write call that the kernel places at the end of the
    /// file as it is at that moment, so several processes can share the file and a short record is never interleaved
    /// with another's, nor torn by a kill (a write call completes or never starts). FileStream cannot do this: it
    /// opens with plain write access and writes at its own remembered offset, so two processes overwrite each other.
    /// </summary>
    internal sealed class AppendOnlyFile : IDisposable
    {
        private readonly SafeHandle _handle;
        private readonly int _descriptor;

        private AppendOnlyFile(SafeHandle handle, int descriptor)
        {
            _handle = handle;
            _descriptor = descriptor;
        }

        public string Path { get; private set; } = string.Empty;

        public static AppendOnlyFile Open(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var directory = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException($"The folder '{directory}' of the request log does not exist. Create it, or give a path in an existing folder.");
            }
            var file = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OpenWindows(full) : OpenUnix(full);
            file.Path = full;
            return file;
        }

        /// <summary>Writes <paramref name="count"/> bytes at the end of the file in one write call.</summary>
        public void Append(byte[] buffer, int count)
        {
            var written = WriteOnce(buffer, count);
            // A regular file takes the whole buffer in one call; a short write (disk full) is completed rather than
            // lost, and the reader skips the line if another process's record landed in between.
            while (written < count)
            {
                var rest = new byte[count - written];
                Buffer.BlockCopy(buffer, written, rest, 0, rest.Length);
                var more = WriteOnce(rest, rest.Length);
                if (more <= 0) throw new IOException($"Could not append to the request log '{Path}': the disk took no more bytes.");
                written += more;
            }
        }

        private int WriteOnce(byte[] buffer, int count)
        {
            // Holds the handle open for the call: a write racing Dispose must fail, never reach a reused descriptor.
            var added = false;
            try
            {
                _handle.DangerousAddRef(ref added);
                return WriteOnceHeld(buffer, count);
            }
            finally
            {
                if (added) _handle.DangerousRelease();
            }
        }

        private int WriteOnceHeld(byte[] buffer, int count)
        {
            if (_descriptor < 0)
            {
                if (!Windows.WriteFile(_handle, buffer, count, out var written, IntPtr.Zero)) throw LastError("append to");
                return written;
            }
            while (true)
            {
                var written = Unix.write(_descriptor, buffer, (IntPtr)count).ToInt64();
                if (written >= 0) return (int)written;
                if (Marshal.GetLastWin32Error() != Unix.EINTR) throw LastError("append to");
            }
        }

        public void Dispose() => _handle.Dispose();

        private IOException LastError(string action) => LastError(action, Path);

        private static IOException LastError(string action, string path)
        {
            var code = Marshal.GetLastWin32Error();
            return new IOException($"Could not {action} the request log '{path}': {new Win32Exception(code).Message}", code);
        }

        private static AppendOnlyFile OpenWindows(string path)
        {
            var handle = Windows.CreateFileW(path, Windows.FILE_APPEND_DATA | Windows.SYNCHRONIZE,
                FileShare.ReadWrite | FileShare.Delete, IntPtr.Zero, FileMode.OpenOrCreate, Windows.FILE_ATTRIBUTE_NORMAL, IntPtr.Zero);
            if (handle.IsInvalid) throw LastError("open", path);
            return new AppendOnlyFile(handle, -1);
        }

        private static AppendOnlyFile OpenUnix(string path)
        {
            var macOS = RuntimeInformation.IsOSPlatform(OSPlatform.OSX);
            var flags = Unix.O_WRONLY | (macOS ? Unix.O_CREAT_MAC | Unix.O_APPEND_MAC | Unix.O_CLOEXEC_MAC : Unix.O_CREAT_LINUX | Unix.O_APPEND_LINUX | Unix.O_CLOEXEC_LINUX);
            int descriptor;
            do
            {
                descriptor = Unix.open(path, flags, Convert.ToInt32("644", 8));
            }
            while (descriptor < 0 && Marshal.GetLastWin32Error() == Unix.EINTR);
            if (descriptor < 0) throw LastError("open", path);
            return new AppendOnlyFile(new UnixDescriptor(descriptor), descriptor);
        }

        private sealed class UnixDescriptor : SafeHandleZeroOrMinusOneIsInvalid
        {
            public UnixDescriptor(int descriptor) : base(ownsHandle: true) => SetHandle((IntPtr)descriptor);

            public override bool IsInvalid => handle.ToInt64() < 0;

            protected override bool ReleaseHandle() => Unix.close(handle.ToInt32()) == 0;
        }

        private static class Windows
        {
            public const int FILE_APPEND_DATA = 0x0004;
            public const int SYNCHRONIZE = 0x00100000;
            public const int FILE_ATTRIBUTE_NORMAL = 0x80;

            [DllImport("kernel32.dll", SetLastError = true, CharSet = CharSet.Unicode)]
            public static extern SafeFileHandle CreateFileW(string path, int access, FileShare share, IntPtr security, FileMode mode, int attributes, IntPtr template);

            [DllImport("kernel32.dll", SetLastError = true)]
            public static extern bool WriteFile(SafeHandle handle, byte[] buffer, int count, out int written, IntPtr overlapped);
        }

        private static class Unix
        {
            public const int O_WRONLY = 0x1;
            public const int O_CREAT_LINUX = 0x40;
            public const int O_APPEND_LINUX = 0x400;
            public const int O_CLOEXEC_LINUX = 0x80000;
            public const int O_CREAT_MAC = 0x200;
            public const int O_APPEND_MAC = 0x8;
            public const int O_CLOEXEC_MAC = 0x1000000;
            public const int EINTR = 4;

            [DllImport("libc", SetLastError = true)]
            public static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags, int mode);

            [DllImport("libc", SetLastError = true)]
            public static extern IntPtr write(int descriptor, byte[] buffer, IntPtr count);

            [DllImport("libc", SetLastError = true)]
            public static extern int close(int descriptor);
        }
    }
}
