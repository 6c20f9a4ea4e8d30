namespace IntercomPS.Engine
{
    /// <summary>The one place the Intercom REST API version is pinned.</summary>
    public static class IntercomApi
    {
        /// <summary>The newest stable API version this module is built and tested against.</summary>
        public const string DefaultVersion = "2.16";

        /// <summary>Name of the header that selects the API version on every request.</summary>
        public const string VersionHeader = "Intercom-Version";
    }
}
