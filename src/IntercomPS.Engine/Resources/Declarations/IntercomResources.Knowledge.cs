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

        public const string HelpCenterRedirectFields = "from_url locale target_type target_id";

        /// <summary>Old help center addresses sent on to an article or collection, per help center.</summary>
        public static readonly ResourceDescriptor<HelpCenterRedirect> HelpCenterRedirects = new ResourceDescriptor<HelpCenterRedirect>("HelpCenterRedirect", "id")
            .Lists("help_center/help_centers/{help_center_id}/redirects", PagingKind.PageNumber, "data")
            .Gets("help_center/help_centers/{help_center_id}/redirects/{id}")
            .Creates("help_center/help_centers/{help_center_id}/redirects", false, HelpCenterRedirectFields)
            .Deletes("help_center/help_centers/{help_center_id}/redirects/{id}")
            .Shows(new[] { "Id:8", "Locale:6", "TargetType=Type:10", "TargetId=Target:10", "FromUrl" },
                new[] { "Id", "HelpCenterId", "FromUrl", "Locale", "TargetType", "TargetId", "CreatedAt", "UpdatedAt" });

        /// <summary>The websites the AI agent's external pages are imported from (the whole list in one answer).</summary>
        public static readonly ResourceDescriptor<ContentImportSource> ContentImportSources = new ResourceDescriptor<ContentImportSource>("ContentImportSource", "source_id")
            .Lists("ai/content_import_sources", PagingKind.WholeList, "data")
            .Gets("ai/content_import_sources/{source_id}")
            .Creates("ai/content_import_sources", false, "sync_behavior", "status", "url", "audience_ids")
            .Updates("ai/content_import_sources/{source_id}", "PUT", "sync_behavior", "status", "url", "audience_ids", "apply_audience_to_existing_content")
            .Deletes("ai/content_import_sources/{source_id}")
            .Shows(new[] { "Id:8", "Status:11", "SyncBehavior=Sync:9", "LastSyncedAt=Synced:22", "Url" },
                new[] { "Id", "Url", "Status", "SyncBehavior", "AudienceIds", "LastSyncedAt", "CreatedAt", "UpdatedAt" });

        /// <summary>Pages of other websites the AI agent and Copilot answer from, each under a content import source.</summary>
        public static readonly ResourceDescriptor<ExternalPage> ExternalPages = new ResourceDescriptor<ExternalPage>("ExternalPage", "page_id")
            .Lists("ai/external_pages", PagingKind.WholeList, "data")
            .Gets("ai/external_pages/{page_id}")
            .Creates("ai/external_pages", false, "title", "html", "url", "ai_agent_availability", "ai_copilot_availability", "locale", "source_id", "external_id")
            .Updates("ai/external_pages/{page_id}", "PUT", "title", "html", "url", "fin_availability", "locale", "source_id", "external_id")
            .Deletes("ai/external_pages/{page_id}")
            .Shows(new[] { "Id:8", "SourceId=Source:8", "Locale:6", "Title:30", "Url" },
                new[] { "Id", "Title", "Url", "SourceId", "ExternalId", "Locale", "FinAvailability", "AiCopilotAvailability", "LastIngestedAt", "UpdatedAt" });
    }
}
