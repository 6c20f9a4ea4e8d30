using System.Diagnostics;
using System.IO;
using System.Text;

namespace IntercomPS.Engine.Export
{
    /// <summary>
    /// The exclusive right to write one export file, its checkpoint and their temporary files, held for a whole run.
    /// </summary>
    /// <remarks>
    /// The lock is the operating system's lock on &lt;path&gt;.lock, opened with <see cref="FileShare.None"/> (flock
    /// on Unix, a sharing mode on Windows): it excludes other processes and other runs in this process alike, and it
    /// vanishes with the process that held it, so a killed run never blocks the next one. The lock file itself stays
    /// (deleting it on release would let a waiting run lock the deleted file while a third locks a new one); its mere
    /// existence means nothing. A locked file cannot be read, so the holder's process id is also written to
    /// &lt;path&gt;.lock.owner, for the message a refused run shows.
    /// </remarks>
    internal sealed class ExportLock : IDisposable
    {
        public const string Suffix = ".lock";
        public const string OwnerSuffix = ".lock.owner";

        private readonly FileStream _stream;
        private readonly string _ownerPath;

        private ExportLock(FileStream stream, string ownerPath)
        {
            _stream = stream;
            _ownerPath = ownerPath;
        }

        public static string PathFor(string exportPath) => exportPath + Suffix;

        /// <summary>Takes the lock of <paramref name="exportPath"/> (a full path) without waiting.</summary>
        /// <exception cref="ExportException">Another run holds it (<see cref="ExportErrorKind.FileInUse"/>); nothing was changed.</exception>
        public static ExportLock Acquire(string exportPath)
        {
            var lockPath = PathFor(exportPath);
            var ownerPath = exportPath + OwnerSuffix;
            FileStream stream;
            try
            {
                stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException ex) when (!(ex is FileNotFoundException) && !(ex is DirectoryNotFoundException))
            {
                throw new ExportException(ExportErrorKind.FileInUse,
                    $"Another export is writing '{exportPath}' ({DescribeOwner(ownerPath)}); nothing was changed. Wait for it to finish, or stop it; a run that was killed releases the file by itself.", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new ExportException(ExportErrorKind.InvalidRequest, $"'{lockPath}' cannot be created ({ex.Message}); the export needs write access to the folder of its file.", ex);
            }
            var owner = Encoding.UTF8.GetBytes(CurrentProcessId().ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
            try
            {
                stream.SetLength(0);
                stream.Write(owner, 0, owner.Length);
                stream.Flush(flushToDisk: true);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
            try
            {
                File.WriteAllBytes(ownerPath, owner);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Only a refused run's message reads it (one may be reading it this instant): the lock is what counts.
            }
            return new ExportLock(stream, ownerPath);
        }

        private static string DescribeOwner(string ownerPath)
        {
            try
            {
                var text = File.ReadAllText(ownerPath, Encoding.UTF8).Trim();
                return int.TryParse(text, out var pid) ? "pid " + pid : "process unknown";
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return "process unknown";
            }
        }

        private static int CurrentProcessId()
        {
            using (var process = Process.GetCurrentProcess())
            {
                return process.Id;
            }
        }

        public void Dispose()
        {
            // The owner note goes while the lock is still held, so it never names a run that has finished.
            try
            {
                File.Delete(_ownerPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
            }
            _stream.Dispose();
        }
    }
}
