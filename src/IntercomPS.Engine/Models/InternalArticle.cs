namespace IntercomPS.Engine.Models
{
    public sealed partial class InternalArticle
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-InternalArticleId</c> down a pipeline.</summary>
        public string? InternalArticleId => Id;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
