namespace IntercomPS.Engine.Models
{
    public sealed partial class Article
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ArticleId</c> down a pipeline.</summary>
        public string? ArticleId => Id;

        /// <summary>
        /// The collection (or section) the article sits in: the first of <see cref="ParentIds"/>. Lets an article read
        /// from one workspace bind to New-IntercomArticle's -ParentId by property name.
        /// </summary>
        public string? ParentId => ParentIds?.FirstOrDefault();

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
