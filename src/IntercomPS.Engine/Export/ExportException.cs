using System;

namespace IntercomPS.Engine.Export
{
    /// <summary>Why an export refused to start or could not go on; the message says what to do instead.</summary>
    public sealed class ExportException : Exception
    {
        public ExportException(ExportErrorKind kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;

        public ExportErrorKind Kind { get; }
    }

    public enum ExportErrorKind
    {
        /// <summary>The file exists and no mode says what to do with it.</summary>
        TargetExists,

        /// <summary>-Resume/-Incremental without a usable checkpoint, or a checkpoint that does not fit the file.</summary>
        CheckpointMissing,

        /// <summary>The checkpoint was made by a run with other parameters.</summary>
        CheckpointMismatch,

        /// <summary>The committed part of the file is not what the export wrote (edited, replaced, truncated).</summary>
        FileChanged,

        /// <summary>The parameters cannot describe a run (no Since for a new run...).</summary>
        InvalidRequest,

        /// <summary>Another export (in this or another process) is writing the file, or another program holds it open.</summary>
        FileInUse,
    }

    /// <summary>One item cannot be written in the export's format (a date out of range...); the message says why.</summary>
    internal sealed class RecordEncodingException : Exception
    {
        public RecordEncodingException(string message, Exception? inner = null) : base(message, inner)
        {
        }
    }
}
