namespace IntercomPS.Engine.Models
{
    public sealed partial class HelpCenterRedirect
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-RedirectId</c> down a pipeline.</summary>
        public string? RedirectId => Id;

        public override string ToString() => FromUrl ?? Id ?? string.Empty;
    }

    public sealed partial class ContentImportSource
    {
        /// <summary>
        /// Same as <see cref="Id"/>; lets the object bind to <c>-ContentImportSourceId</c> (and New-IntercomExternalPage's
        /// -SourceId) down a pipeline. Not SourceId: an external page's SourceId names its source, not the page.
        /// </summary>
        public string? ContentImportSourceId => Id;

        public override string ToString() => Url ?? Id ?? string.Empty;
    }

    public sealed partial class ExternalPage
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ExternalPageId</c> down a pipeline.</summary>
        public string? ExternalPageId => Id;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
