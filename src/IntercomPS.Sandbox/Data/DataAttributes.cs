using IntercomPS.Sandbox.Json;

namespace IntercomPS.Sandbox.Data
{
    /// <summary>The workspace's data attributes: Intercom's standard ones plus the custom attributes generated objects carry.</summary>
    internal static class DataAttributes
    {
        public static readonly DataAttributeDefinition[] Contact =
        {
            new DataAttributeDefinition("contact", "name", "Name", "The name of a user or lead", "string", false, true),
            new DataAttributeDefinition("contact", "email", "Email", "The email of a user or lead", "string", false, true),
            new DataAttributeDefinition("contact", "phone", "Phone", "The phone number of a user or lead", "string", false, true),
            new DataAttributeDefinition("contact", "external_id", "User ID", "The id you assigned to a user", "string", false, true),
            new DataAttributeDefinition("contact", "role", "Role", "user or lead", "string", false, true),
            new DataAttributeDefinition("contact", "owner_id", "Owner", "The owner of a user or lead", "string", false, true),
            new DataAttributeDefinition("contact", "created_at", "Created at", "When the user or lead was added to Intercom", "date", false, false),
            new DataAttributeDefinition("contact", "signed_up_at", "Signed up", "When the user signed up", "date", false, true),
            new DataAttributeDefinition("contact", "updated_at", "Updated at", "When the user or lead was last updated", "date", false, false),
            new DataAttributeDefinition("contact", "last_seen_at", "Last seen", "When the user or lead was last seen", "date", false, true),
            new DataAttributeDefinition("contact", "last_replied_at", "Last replied", "When the user or lead last replied", "date", false, false),
            new DataAttributeDefinition("contact", "last_contacted_at", "Last contacted", "When the user or lead was last contacted", "date", false, false),
            new DataAttributeDefinition("contact", "unsubscribed_from_emails", "Unsubscribed from emails", "Whether the user or lead is unsubscribed from emails", "boolean", false, true),
            new DataAttributeDefinition("contact", "location.country", "Country", "The country of the user or lead", "string", false, false),
            new DataAttributeDefinition("contact", "location.city", "City", "The city of the user or lead", "string", false, false),
            new DataAttributeDefinition("contact", "plan", "Plan", "Subscription plan", "string", true, true, 12878, new[] { "free", "starter", "pro", "enterprise" }),
            new DataAttributeDefinition("contact", "seats", "Seats", "Seats purchased", "integer", true, true, 12879),
            new DataAttributeDefinition("contact", "beta_tester", "Beta tester", "Enrolled in the beta programme", "boolean", true, true, 12880),
        };

        public static readonly DataAttributeDefinition[] Company =
        {
            new DataAttributeDefinition("company", "name", "Company name", "The name of a company", "string", false, true),
            new DataAttributeDefinition("company", "company_id", "Company ID", "A number identifying a company", "string", false, false),
            new DataAttributeDefinition("company", "last_request_at", "Company last seen", "The last day anyone from a company visited your site or app", "date", false, false),
            new DataAttributeDefinition("company", "remote_created_at", "Company created at", "The day a company was added to Intercom", "date", false, true),
            new DataAttributeDefinition("company", "user_count", "People", "The number of people in a company", "integer", false, false),
            new DataAttributeDefinition("company", "session_count", "Company web sessions", "All visits from anyone in a company to your product's site or app", "integer", false, false),
            new DataAttributeDefinition("company", "monthly_spend", "Company monthly spend", "The monthly revenue you receive from a company", "float", false, true),
            new DataAttributeDefinition("company", "size", "Company size", "The number of people employed in this company", "integer", false, true),
            new DataAttributeDefinition("company", "website", "Company website", "The web address for the company's primary marketing site", "string", false, true),
            new DataAttributeDefinition("company", "industry", "Company industry", "The category or domain this company belongs to", "string", false, true),
            new DataAttributeDefinition("company", "tier", "Tier", "Account tier", "string", true, true, 22001, new[] { "gold", "silver", "bronze" }),
            new DataAttributeDefinition("company", "employees_band", "Employees band", "Company size band", "string", true, true, 22002),
        };

        public static readonly DataAttributeDefinition[] Conversation =
        {
            new DataAttributeDefinition("conversation", "issue_type", "Issue type", "What the conversation is about", "list", true, true, 3, Vocabulary.IssueTypes),
            new DataAttributeDefinition("conversation", "order_count", "Order count", "Orders the customer mentioned", "integer", true, true, 4),
            new DataAttributeDefinition("conversation", "vip", "VIP", "Conversation with a VIP customer", "boolean", true, true, 5),
        };
    }
}
