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
        private static ResourceDescriptor<T> ManagedAt<T>(this ResourceDescriptor<T> resource, string collection, string[] fields) where T : IntercomObject
        {
            var item = collection + "/{" + resource.IdParameter + "}";
            return resource
                .Lists(collection, PagingKind.PageNumber, "data")
                .Gets(item)
                .Creates(collection, false, fields)
                .Updates(item, "PUT", fields)
                .Deletes(item);
        }

        private static readonly string[] ArticleFields =
        {
            "title", "description", "body", "body_markdown", "author_id", "state", "parent_id", "parent_type",
            "audience_ids", "ai_chatbot_availability", "ai_copilot_availability", "ai_sales_agent_availability",
        };

        public static readonly ResourceDescriptor<Article> Articles = new ResourceDescriptor<Article>("Article", "article_id")
            .ManagedAt("articles", ArticleFields)
            .Shows(new[] { "Id:10", "State:9", "Title:30", "AuthorId=Author:10", "UpdatedAt" },
                new[] { "Id", "Title", "Description", "State", "AuthorId", "ParentIds", "Url", "DefaultLocale", "CreatedAt", "UpdatedAt" });

        public static readonly ResourceDescriptor<Collection> Collections = new ResourceDescriptor<Collection>("Collection", "collection_id")
            .Lists("help_center/collections", PagingKind.PageNumber, "data")
            .Gets("help_center/collections/{collection_id}")
            .Creates("help_center/collections", false, "name", "description", "parent_id", "help_center_id")
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

        private static readonly string[] InternalArticleFields =
        {
            "title", "body", "body_markdown", "author_id", "owner_id", "audience_ids",
            "ai_chatbot_availability", "ai_copilot_availability", "ai_sales_agent_availability",
        };

        public static readonly ResourceDescriptor<InternalArticle> InternalArticles = new ResourceDescriptor<InternalArticle>("InternalArticle", "internal_article_id")
            .ManagedAt("internal_articles", InternalArticleFields)
            .Shows(new[] { "Id:10", "Title:34", "OwnerId=Owner:10", "Locale:6", "UpdatedAt" },
                new[] { "Id", "Title", "OwnerId", "AuthorId", "Locale", "AudienceIds", "CreatedAt", "UpdatedAt" });

        private static readonly string[] ContentSnippetFields =
        {
            "title", "body_markdown", "locale", "audience_ids",
            "ai_chatbot_availability", "ai_copilot_availability", "ai_sales_agent_availability",
        };

        public static readonly ResourceDescriptor<ContentSnippet> ContentSnippets = new ResourceDescriptor<ContentSnippet>("ContentSnippet", "id")
            .ManagedAt("content_snippets", ContentSnippetFields)
            .Shows(new[] { "Id:10", "Title:40", "Locale:6", "UpdatedAt" },
                new[] { "Id", "Title", "Locale", "BodyMarkdown", "AudienceIds", "AiChatbotAvailability", "AiCopilotAvailability", "CreatedAt", "UpdatedAt" });

        private static readonly string[] NewsItemFields = { "title", "body", "sender_id", "state", "deliver_silently", "labels" };

        public static readonly ResourceDescriptor<NewsItem> NewsItems = new ResourceDescriptor<NewsItem>("NewsItem", "news_item_id")
            .ManagedAt("news/news_items", NewsItemFields)
            .Shows(new[] { "Id:10", "State:9", "Title:30", "SenderId=Sender:10", "UpdatedAt" },
                new[] { "Id", "Title", "State", "SenderId", "Labels", "DeliverSilently", "CreatedAt", "UpdatedAt" });

        public static readonly ResourceDescriptor<Newsfeed> Newsfeeds = new ResourceDescriptor<Newsfeed>("Newsfeed", "newsfeed_id")
            .Lists("news/newsfeeds", PagingKind.PageNumber, "data")
            .Gets("news/newsfeeds/{newsfeed_id}")
            .Shows(new[] { "Id:10", "Name:40", "UpdatedAt" }, new[] { "Id", "Name", "CreatedAt", "UpdatedAt" });
    }
}
