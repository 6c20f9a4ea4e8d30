using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>The saved versions of an article, newest first; read under their article.</summary>
        public static readonly ResourceDescriptor<ArticleVersion> ArticleVersions = new ResourceDescriptor<ArticleVersion>("ArticleVersion", "id")
            .Lists("articles/{article_id}/versions", PagingKind.PageNumber, "data")
            .Gets("articles/{article_id}/versions/{id}")
            .Shows(new[] { "Id:8", "ArticleId=Article:8", "State:9", "Title:26", "CreatedVia=Via:6", "CreatedAt" },
                new[] { "Id", "ArticleId", "Title", "Description", "State", "AuthorId", "CreatedById", "CreatedVia", "FromVersionId", "CreatedAt" });
    }
}
