namespace IntercomPS.Sandbox.Data
{
    /// <summary>Word banks for generated names and text.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] FirstNames =
        {
            "Aoife", "Liam", "Maya", "Noah", "Sofia", "Ethan", "Chloe", "Lucas", "Amara", "Mateo", "Hana", "Oliver",
            "Zara", "Felix", "Ines", "Kenji", "Leila", "Marco", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven",
            "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe", "Björn", "Chiara", "Dara", "Élodie", "Farid", "Greta",
        };

        public static readonly string[] LastNames =
        {
            "Murphy", "Kelly", "Schmidt", "Rossi", "Garcia", "Nguyen", "Okafor", "Silva", "Tanaka", "Novak", "Larsen",
            "Dubois", "Kowalski", "Haddad", "Patel", "Fischer", "Moreau", "Jensen", "Costa", "Ivanova", "O'Brien",
            "Andersson", "Bianchi", "Müller", "Walsh", "Yilmaz", "Sato", "Horvat", "Quinn", "Brennan",
        };

        public static readonly string[] EmailDomains =
        {
            "example.com", "example.org", "example.net", "acme.test", "globex.test", "initech.test", "umbrella.test",
            "stark.test", "wayne.test", "hooli.test",
        };

        public static readonly string[] CompanyWords =
        {
            "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Cyberdyne",
            "Tyrell", "Wonka", "Gringotts", "Aperture", "Massive", "Pied Piper", "Oscorp", "Monarch", "Dunder", "Prestige",
        };

        public static readonly string[] CompanySuffixes = { "Inc", "Ltd", "GmbH", "Labs", "Group", "Systems", "Co" };

        public static readonly string[] Industries = { "Software", "Retail", "Finance", "Healthcare", "Education", "Logistics", "Media" };

        public static readonly string[] AdminJobTitles = { "Support Lead", "Support Engineer", "Customer Success", "Billing Specialist", "Sales", "Head of Support" };

        public static readonly string[] TeamNames = { "Support", "Billing", "Sales", "Onboarding", "Escalations", "VIP", "Technical", "EMEA", "Americas", "APAC" };

        public static readonly string[] TagNames =
        {
            "VIP", "Bug", "Feature request", "Billing", "Churn risk", "Onboarding", "Refund", "Integration", "Security",
            "Mobile", "Feedback", "Urgent", "Enterprise", "Trial", "Outage", "Docs",
        };

        public static readonly string[] SegmentNames =
        {
            "Active users", "New leads", "Paying customers", "Trial users", "Dormant leads", "Enterprise accounts", "Beta testers", "Churned",
        };

        public static readonly string[] Subjects =
        {
            "Question about my invoice", "Cannot log in", "Feature request: export", "Refund request", "Integration not syncing",
            "How do I add a teammate?", "Billing address change", "App crashes on start", "Pricing question", "Password reset",
        };

        public static readonly string[] Sentences =
        {
            "Hi, I need some help with my account.", "The export keeps failing since yesterday.", "Can you check my last invoice?",
            "Thanks, that fixed it!", "I would like to upgrade our plan.", "The mobile app logs me out every time.",
            "Is there an API for this?", "We were charged twice this month.", "How do I reset my password?",
            "Our integration stopped syncing contacts.", "Could you add this to the roadmap?", "Please close my account.",
        };

        public static readonly string[] AdminReplies =
        {
            "Thanks for reaching out! Let me look into this.", "I've fixed that for you now.", "Could you send a screenshot?",
            "I've passed this to our billing team.", "That's on our roadmap.", "Happy to help, anything else?",
        };

        public static readonly string[] IssueTypes = { "Billing", "Bug", "Question", "Feature request", "Account" };

        public static readonly string[] Plans = { "free", "starter", "pro", "enterprise" };

        public static readonly double[] PlanWeights = { 40, 30, 20, 10 };

        public static readonly string[] Browsers = { "chrome", "firefox", "safari", "edge" };

        public static readonly string[] OperatingSystems = { "Windows 11", "OS X 14.4", "Linux", "iOS 17.2", "Android 14" };

        public static readonly string[] Languages = { "en", "de", "fr", "es", "it", "ja", "pt" };

        /// <summary>country, region, city, country code, continent code.</summary>
        public static readonly string[][] Locations =
        {
            new[] { "Ireland", "Dublin", "Dublin", "IE", "EU" },
            new[] { "United States", "California", "San Francisco", "US", "NA" },
            new[] { "United States", "New York", "New York", "US", "NA" },
            new[] { "Germany", "Berlin", "Berlin", "DE", "EU" },
            new[] { "France", "Île-de-France", "Paris", "FR", "EU" },
            new[] { "Japan", "Tokyo", "Tokyo", "JP", "AS" },
            new[] { "Brazil", "São Paulo", "São Paulo", "BR", "SA" },
            new[] { "Australia", "New South Wales", "Sydney", "AU", "OC" },
            new[] { "United Kingdom", "England", "London", "GB", "EU" },
            new[] { "Canada", "Ontario", "Toronto", "CA", "NA" },
        };

        public static readonly string[] SourceTypes = { "conversation", "email", "facebook", "instagram", "phone_call", "push", "sms", "twitter", "whatsapp" };

        public static readonly double[] SourceTypeWeights = { 55, 30, 2, 2, 3, 2, 2, 2, 2 };

        public static readonly string[] Priorities = { "none", "low", "medium", "high", "urgent" };

        public static readonly double[] PriorityWeights = { 70, 10, 8, 8, 4 };

        public static readonly string[] Remarks = { "", "Great support!", "Took a while.", "Very helpful, thanks", "Not resolved" };
    }
}
