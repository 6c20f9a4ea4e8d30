using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Export
{
    /// <summary>What one export call did, and the state of the file it leaves.</summary>
    public sealed class ExportResult
    {
        public string Path { get; internal set; } = string.Empty;

        public string CheckpointPath { get; internal set; } = string.Empty;

        /// <summary>conversations or contacts.</summary>
        public string Kind { get; internal set; } = string.Empty;

        public ExportFormat Format { get; internal set; }

        public ExportMode Mode { get; internal set; }

        /// <summary>The range this call's run covers.</summary>
        public DateTimeOffset Since { get; internal set; }

        public DateTimeOffset Until { get; internal set; }

        /// <summary>Windows of the run.</summary>
        public int WindowsTotal { get; internal set; }

        /// <summary>Windows already committed when this call started (a resume skips them).</summary>
        public int WindowsSkipped { get; internal set; }

        /// <summary>Windows this call read and committed.</summary>
        public int WindowsCompleted { get; internal set; }

        /// <summary>Windows that failed after retries: re-run with -Resume to fetch them again.</summary>
        public IReadOnlyList<DateWindow> FailedRanges { get; internal set; } = new DateWindow[0];

        /// <summary>Records this call appended.</summary>
        public long RecordsWritten { get; internal set; }

        /// <summary>Records read but not written because their id is already in the file (a window boundary, an overlap with an earlier run).</summary>
        public long DuplicatesSkipped { get; internal set; }

        /// <summary>Items read but not written because they cannot be (no id, a value the format cannot hold); each was reported.</summary>
        public long RecordsRejected { get; internal set; }

        /// <summary>How far before the previous high-water mark this run started (incremental runs).</summary>
        public TimeSpan Overlap { get; internal set; }

        /// <summary>Records in the committed file.</summary>
        public long RecordsInFile { get; internal set; }

        /// <summary>Bytes of an interrupted run's uncommitted tail that were cut off before continuing.</summary>
        public long TruncatedBytes { get; internal set; }

        /// <summary>Bytes of the committed file.</summary>
        public long FileSize { get; internal set; }

        public TimeSpan Duration { get; internal set; }

        public long Requests { get; internal set; }

        /// <summary>This run's HTTP requests, all routes together: retries, 429s, latency percentiles, rate-limit headroom.</summary>
        public Diagnostics.RouteStatistics? RequestStatistics { get; internal set; }

        /// <summary>True when every window of the run is committed; the high-water mark then moved to Until.</summary>
        public bool Complete { get; internal set; }

        /// <summary>Everything created before this instant is in the file; the next -Incremental run starts here.</summary>
        public DateTimeOffset? HighWaterMark { get; internal set; }

        public override string ToString() =>
            $"{Path}: {RecordsWritten} written, {RecordsInFile} in file, {WindowsCompleted + WindowsSkipped}/{WindowsTotal} windows" +
            (FailedRanges.Count > 0 ? $", {FailedRanges.Count} failed" : string.Empty) + (Complete ? ", complete" : ", incomplete");
    }
}
