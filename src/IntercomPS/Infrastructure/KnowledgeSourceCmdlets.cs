namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New- and Set-IntercomContentImportSource: the fields both send. Both bind them by property name,
    /// so a source piped into Set-IntercomContentImportSource is sent whole with the changes given (PUT replaces it).
    /// </summary>
    public abstract class ContentImportSourceFieldsCmdlet : ObjectChangeCmdlet<ContentImportSource>
    {
        /// <summary>The address of the website the content is imported from.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("active", "deactivated")]
        public string? Status { get; set; }

        /// <summary>The audiences that see the source's content.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long[]? AudienceIds { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.ContentImportSources;
    }

    /// <summary>
    /// Shared body of New- and Set-IntercomExternalPage: the fields Intercom requires of both. They bind by property
    /// name, so a page piped into Set-IntercomExternalPage is sent whole with the changes given (PUT replaces it).
    /// </summary>
    public abstract class ExternalPageFieldsCmdlet : ObjectChangeCmdlet<ExternalPage>
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <summary>The page's content, as HTML.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? Html { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet("en")]
        public string Locale { get; set; } = "en";

        /// <summary>The content import source the page belongs to; binds from piped sources (ContentImportSourceId) and pages (SourceId).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ContentImportSourceId")]
        public long? SourceId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.ExternalPages;

        /// <summary>Locale is always sent (Intercom requires it and takes only en), given or not.</summary>
        protected override IDictionary<string, object?>? ExtraBody => new Dictionary<string, object?> { ["locale"] = Locale };
    }
}
