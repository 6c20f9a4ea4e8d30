namespace IntercomPS.Engine.Export
{
    /// <summary>How an export file holds its records.</summary>
    public enum ExportFormat
    {
        /// <summary>One object per line, the API's JSON as received (UTF-8, no BOM, LF line ends).</summary>
        JsonLines,

        /// <summary>A flat CSV (UTF-8 with BOM, CRLF record ends): fixed core columns, then ca_&lt;name&gt; columns.</summary>
        Csv,
    }

    /// <summary>What an export may do with the file and checkpoint it finds.</summary>
    public enum ExportMode
    {
        /// <summary>A new file: fails when the file exists, and leaves it untouched.</summary>
        New,

        /// <summary>Replaces an existing file (and its checkpoint).</summary>
        Overwrite,

        /// <summary>Continues the run the checkpoint describes, after its last committed window.</summary>
        Resume,

        /// <summary>Appends what was created since the checkpoint's high-water mark (the first run needs a Since).</summary>
        Incremental,
    }
}
