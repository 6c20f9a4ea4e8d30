using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>
        /// The knowledge content's REST shape: the collection lists (page numbers, items in data) and creates; the
        /// item under it, named by the id placeholder, is read, replaced (PUT) and deleted. Create and update write the
        /// same fields.
        /// </summary>
        private static ResourceDescriptor<T> ManagedAt<T>(this ResourceDescriptor<T> resource, string collection, string fields) where T : IntercomObject
        {
            var item = collection + "/{" + resource.IdParameter + "}";
            return resource
                .Lists(collection, PagingKind.PageNumber, "data")
                .Gets(item)
                .Creates(collection, false, fields)
                .Updates(item, "PUT", fields)
                .Deletes(item);
        }

        public const string ArticleFields =
            "title description body body_markdown author_id state parent_id parent_type audience_ids ai_chatbot_availability ai_copilot_availability ai_sales_agent_availability";

        public static readonly ResourceDescriptor<Article> Articles = new ResourceDescriptor<Article>("Article", "article_id")
            .ManagedAt("articles", ArticleFields)
            // The answer nests its items next to the highlights: {"data": {"articles": [...], "highlights": [...]}}.
            .ListsAlso("search", "articles/search", PagingKind.WholeList, "data.articles")
            // Tagging twice leaves one tag, so a tag may be resent after a transient failure.
            .Acts("tag", "POST", "articles/{article_id}/tags", true)
            .Acts("untag", "DELETE", "articles/{article_id}/tags/{tag_id}")
            .Acts("draft", "GET", "articles/{article_id}/draft")
            .Acts("stage_draft", "PUT", "articles/{article_id}/draft", false, ArticleFields)
            // Not resent once it may have arrived: a second publish would fail (no draft left) after the first worked.
            .Acts("publish_draft", "POST", "articles/{article_id}/draft/publish", false, "locales")
            .Shows(new[] { "Id:10", "State:9", "Title:30", "AuthorId=Author:10", "UpdatedAt" },
                new[] { "Id", "Title", "Description", "State", "AuthorId", "ParentIds", "Url", "DefaultLocale", "CreatedAt", "UpdatedAt" });

        public const string CollectionFields = "name description parent_id help_center_id";

        public static readonly ResourceDescriptor<Collection> Collections = new ResourceDescriptor<Collection>("Collection", "collection_id")
            .Lists("help_center/collections", PagingKind.PageNumber, "data")
            .Gets("help_center/collections/{collection_id}")
            .Creates("help_center/collections", false, CollectionFields)
            .Updates("help_center/collections/{collection_id}", "PUT", "name", "description", "parent_id")
            .Deletes("help_center/collections/{collection_id}")
            .Shows(new[] { "Id:10", "Name:30", "ParentId=Parent:10", "HelpCenterId=HelpCenter:10", "Url" },
                new[] { "Id", "Name", "Description", "ParentId", "HelpCenterId", "Order", "Url", "CreatedAt", "UpdatedAt" });

        public static readonly ResourceDescriptor<HelpCenter> HelpCenters = new ResourceDescriptor<HelpCenter>("HelpCenter", "help_center_id")
            .Lists("help_center/help_centers", PagingKind.WholeList, "data")
            .Gets("help_center/help_centers/{help_center_id}")
            .CachedWhole()
            .Shows(new[] { "Id:10", "Identifier:20", "DisplayName:30", "WebsiteTurnedOn=Live:5", "Url" },
                new[] { "Id", "Identifier", "DisplayName", "Url", "CustomDomain", "WebsiteTurnedOn", "Default", "Locales", "CreatedAt", "UpdatedAt" });

        public const string InternalArticleFields =
            "title body body_markdown author_id owner_id audience_ids ai_chatbot_availability ai_copilot_availability ai_sales_agent_availability";

        public static readonly ResourceDescriptor<InternalArticle> InternalArticles = new ResourceDescriptor<InternalArticle>("InternalArticle", "internal_article_id")
            .ManagedAt("internal_articles", InternalArticleFields)
            .ListsAlso("search", "internal_articles/search", PagingKind.WholeList, "data.internal_articles")
            .Acts("tag", "POST", "internal_articles/{internal_article_id}/tags", true)
            .Acts("untag", "DELETE", "internal_articles/{internal_article_id}/tags/{tag_id}")
            .Shows(new[] { "Id:10", "Title:34", "OwnerId=Owner:10", "Locale:6", "UpdatedAt" },
                new[] { "Id", "Title", "OwnerId", "AuthorId", "Locale", "AudienceIds", "CreatedAt", "UpdatedAt" });

        public const string ContentSnippetFields =
            "title body_markdown locale audience_ids ai_chatbot_availability ai_copilot_availability ai_sales_agent_availability";

        public static readonly ResourceDescriptor<ContentSnippet> ContentSnippets = new ResourceDescriptor<ContentSnippet>("ContentSnippet", "id")
            .ManagedAt("content_snippets", ContentSnippetFields)
            // The description names the snippet {content_snippet_id} here and the tag {id}; the paths are the same.
            .Acts("tag", "POST", "content_snippets/{id}/tags", true)
            .Acts("untag", "DELETE", "content_snippets/{id}/tags/{tag_id}")
            .Shows(new[] { "Id:10", "Title:40", "Locale:6", "UpdatedAt" },
                new[] { "Id", "Title", "Locale", "BodyMarkdown", "AudienceIds", "AiChatbotAvailability", "AiCopilotAvailability", "CreatedAt", "UpdatedAt" });

        public const string NewsItemFields =
            "title body sender_id state deliver_silently labels";

        public static readonly ResourceDescriptor<NewsItem> NewsItems = new ResourceDescriptor<NewsItem>("NewsItem", "news_item_id")
            .ManagedAt("news/news_items", NewsItemFields)
            // The items live in one newsfeed, in one answer (the description gives the list no paging parameters).
            .ListsAlso("newsfeed", "news/newsfeeds/{newsfeed_id}/items", PagingKind.WholeList, "data")
            .Shows(new[] { "Id:10", "State:9", "Title:30", "SenderId=Sender:10", "UpdatedAt" },
                new[] { "Id", "Title", "State", "SenderId", "Labels", "DeliverSilently", "CreatedAt", "UpdatedAt" });

        public static readonly ResourceDescriptor<Newsfeed> Newsfeeds = new ResourceDescriptor<Newsfeed>("Newsfeed", "newsfeed_id")
            .Lists("news/newsfeeds", PagingKind.PageNumber, "data")
            .Gets("news/newsfeeds/{newsfeed_id}")
            .Shows(new[] { "Id:10", "Name:40", "UpdatedAt" }, new[] { "Id", "Name", "CreatedAt", "UpdatedAt" });
    }
}
