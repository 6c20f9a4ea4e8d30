using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntercomPS.Engine.Export
{
    /// <summary>
    /// The state of an export file, kept next to it as &lt;path&gt;.checkpoint.json: the parameters the run is pinned
    /// to, which of its windows are committed, and how many bytes of the file are committed. Bytes after
    /// <see cref="CommittedLength"/> were written by a run that died before committing them and are cut off on resume.
    /// </summary>
    /// <remarks>
    /// Written atomically (temporary file, flushed to disk, renamed over the old one), so a crash leaves either the
    /// old or the new checkpoint, never a torn one. The file's data is flushed before the checkpoint that covers it.
    /// </remarks>
    internal sealed class ExportCheckpoint
    {
        public const int CurrentVersion = 1;
        public const string Suffix = ".checkpoint.json";

        private static readonly JsonSerializerOptions SerializerOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        };

        public int Version { get; set; } = CurrentVersion;

        /// <summary>conversations or contacts.</summary>
        public string Kind { get; set; } = string.Empty;

        public ExportFormat Format { get; set; }

        /// <summary>The run the windows below belong to.</summary>
        public ExportRunParameters Run { get; set; } = new ExportRunParameters();

        /// <summary>Starts of the committed windows of <see cref="Run"/> (any order: parallel windows finish out of order).</summary>
        public List<DateTimeOffset> WindowsDone { get; set; } = new List<DateTimeOffset>();

        /// <summary>Bytes of the file that hold whole, committed records (the CSV header included).</summary>
        public long CommittedLength { get; set; }

        /// <summary>Records in the committed part of the file.</summary>
        public long CommittedRecords { get; set; }

        /// <summary>True when every window of <see cref="Run"/> is committed.</summary>
        public bool Completed { get; set; }

        /// <summary>
        /// The Until of the last completed run: everything created before it is in the file. An incremental run
        /// starts here, less its overlap.
        /// </summary>
        public DateTimeOffset? HighWaterMark { get; set; }

        /// <summary>The Since of the export's first run: an incremental run's overlap never reaches before it.</summary>
        public DateTimeOffset? Origin { get; set; }

        /// <summary>Committed bytes when the current run started: the records after them are the run's own.</summary>
        public long RunStartLength { get; set; }

        /// <summary>Committed records when the current run started.</summary>
        public long RunStartRecords { get; set; }

        /// <summary>
        /// Every committed record dated (by <see cref="ExportRunParameters.DateField"/>) at or after this instant is
        /// listed in <see cref="Recent"/>; null when that is not known (a checkpoint of an older version).
        /// </summary>
        public DateTimeOffset? RecentSince { get; set; }

        /// <summary>
        /// The ids of the committed records dated at or after <see cref="RecentSince"/>: those a later run's overlap
        /// reads again. Kept here so that a run need not hold every id of a large file in memory to skip them.
        /// </summary>
        public List<RecentRecord> Recent { get; set; } = new List<RecentRecord>();

        public DateTimeOffset UpdatedAt { get; set; }

        public static string PathFor(string exportPath) => exportPath + Suffix;

        /// <summary>The checkpoint at <paramref name="path"/>, or null when there is none.</summary>
        /// <exception cref="ExportException">The file exists but is not a checkpoint this version can read.</exception>
        public static ExportCheckpoint? TryLoad(string path)
        {
            if (!File.Exists(path)) return null;
            try
            {
                var checkpoint = JsonSerializer.Deserialize<ExportCheckpoint>(File.ReadAllText(path, Encoding.UTF8), SerializerOptions);
                if (checkpoint == null || checkpoint.Version != CurrentVersion || checkpoint.Run == null)
                {
                    throw new ExportException(ExportErrorKind.CheckpointMissing, t =>
                        $"The checkpoint '{path}' is not one this version of IntercomPS can read. Start a new export with {t[ExportTerm.Overwrite]}.");
                }
                checkpoint.WindowsDone ??= new List<DateTimeOffset>();
                checkpoint.Recent ??= new List<RecentRecord>();
                return checkpoint;
            }
            catch (JsonException ex)
            {
                throw new ExportException(ExportErrorKind.CheckpointMissing, t =>
                    $"The checkpoint '{path}' is not valid JSON ({ex.Message}). Start a new export with {t[ExportTerm.Overwrite]}.", ex);
            }
        }

        /// <summary>
        /// Forgets the recent records dated before <paramref name="instant"/>: no later run reads them again. When the
        /// list did not reach back that far, it stays complete only from where it started.
        /// </summary>
        public void ForgetBefore(DateTimeOffset instant)
        {
            if (RecentSince == null) return;
            if (instant > RecentSince) RecentSince = instant;
            var from = RecentSince.Value;
            Recent.RemoveAll(r => r.At < from);
        }

        /// <summary>Deletes the temporary files of runs that died while saving the checkpoint at <paramref name="path"/>; call it holding the export's lock.</summary>
        public static void DeleteTemporaries(string path)
        {
            var directory = System.IO.Path.GetDirectoryName(path);
            if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory)) return;
            foreach (var temporary in Directory.EnumerateFiles(directory, System.IO.Path.GetFileName(path) + ".*" + TemporarySuffix))
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    // Left for the next run; a name of its own keeps it out of this run's way.
                }
            }
        }

        private const string TemporarySuffix = ".tmp";

        /// <summary>Replaces the checkpoint at <paramref name="path"/> atomically.</summary>
        public void Save(string path, DateTimeOffset now)
        {
            UpdatedAt = now;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(this, SerializerOptions);
            // A name of its own per save: no other run's (or crashed run's) temporary file is ever written over or renamed.
            var temporary = path + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    if (File.Exists(path))
                    {
                        // A rename over the old file (rename(2) on Unix, ReplaceFile on Windows): readers see old or new.
                        File.Replace(temporary, path, null, ignoreMetadataErrors: true);
                    }
                    else
                    {
                        File.Move(temporary, path);
                    }
                    return;
                }
                catch (Exception ex) when ((ex is IOException || ex is UnauthorizedAccessException) && attempt < 10)
                {
                    // Windows refuses to replace a file someone has open (a viewer, an antivirus scan): wait briefly.
                    System.Threading.Thread.Sleep(50 * attempt);
                }
            }
        }
    }

    /// <summary>The parameters a run is pinned to: a resume with other values would not produce the same file.</summary>
    internal sealed class ExportRunParameters
    {
        public DateTimeOffset Since { get; set; }

        public DateTimeOffset Until { get; set; }

        public int? ChunkDays { get; set; }

        public string DateField { get; set; } = "created_at";

        /// <summary>The user's search query as JSON, or null.</summary>
        public string? Query { get; set; }

        public bool IncludeParts { get; set; }

        /// <summary>The CSV columns, in order (null for JSON Lines).</summary>
        public List<string>? Columns { get; set; }

        /// <summary>CSV cells are written as they are, without the quote that stops a spreadsheet running a formula.</summary>
        public bool RawCsvValues { get; set; }

        /// <summary>How far before the previous high-water mark this run started (incremental runs).</summary>
        public TimeSpan Overlap { get; set; }
    }

    /// <summary>A committed record a later run's overlap may read again: its id and its date.</summary>
    internal sealed class RecentRecord
    {
        public string Id { get; set; } = string.Empty;

        public DateTimeOffset At { get; set; }
    }
}
