namespace IntercomPS.Engine.Models
{
    public sealed partial class ArticleVersion
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-VersionId</c> down a pipeline (its Id is not the article's).</summary>
        public string? VersionId => Id;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
