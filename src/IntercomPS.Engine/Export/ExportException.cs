namespace IntercomPS.Engine.Export
{
    /// <summary>
    /// Why an export refused to start or could not go on; the message says what to do instead. Where it names a
    /// setting of the export (its start, a mode), a front end can have it in its own words: <see cref="InTermsOf"/>.
    /// </summary>
    public sealed class ExportException : Exception
    {
        private readonly Func<ExportTerms, string> _describe;

        public ExportException(ExportErrorKind kind, string message, Exception? inner = null) : this(kind, _ => message, ExportTerms.Engine, inner)
        {
        }

        /// <param name="describe">The message, naming the export's settings through the terms it is given.</param>
        internal ExportException(ExportErrorKind kind, Func<ExportTerms, string> describe, Exception? inner = null) : this(kind, describe, ExportTerms.Engine, inner)
        {
        }

        private ExportException(ExportErrorKind kind, Func<ExportTerms, string> describe, ExportTerms terms, Exception? inner) : base(describe(terms), inner)
        {
            Kind = kind;
            _describe = describe;
        }

        public ExportErrorKind Kind { get; }

        /// <summary>The same error, its message naming the export's settings as <paramref name="terms"/> does (-Since, -Force...).</summary>
        public ExportException InTermsOf(ExportTerms terms) => new ExportException(Kind, _describe, terms ?? throw new ArgumentNullException(nameof(terms)), InnerException);
    }

    /// <summary>The settings of an export that messages name: the request's values and its modes.</summary>
    public enum ExportTerm
    {
        Since,
        Until,
        ChunkDays,
        Query,
        Format,
        IncludeParts,
        RawCsvValues,
        Overlap,

        /// <summary><see cref="ExportMode.Resume"/>.</summary>
        Resume,

        /// <summary><see cref="ExportMode.Incremental"/>.</summary>
        Incremental,

        /// <summary><see cref="ExportMode.Overwrite"/>.</summary>
        Overwrite,
    }

    /// <summary>
    /// How messages name an export's settings. The engine's own names are those of <see cref="ExportRequest"/> and
    /// <see cref="ExportMode"/>; a front end derives its own (a cmdlet's parameter names).
    /// </summary>
    public class ExportTerms
    {
        public static ExportTerms Engine { get; } = new ExportTerms();

        public virtual string Name(ExportTerm term)
        {
            switch (term)
            {
                case ExportTerm.Resume: return "Mode = Resume";
                case ExportTerm.Incremental: return "Mode = Incremental";
                case ExportTerm.Overwrite: return "Mode = Overwrite";
                default: return term.ToString();
            }
        }

        public string this[ExportTerm term] => Name(term);
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
