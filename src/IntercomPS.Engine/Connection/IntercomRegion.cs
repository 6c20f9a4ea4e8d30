namespace IntercomPS.Engine.Connection
{
    /// <summary>Intercom hosts a workspace in one of three regions, each with its own API host.</summary>
    public enum IntercomRegion
    {
        US,
        EU,
        AU,
    }

    public static class IntercomRegions
    {
        public static Uri BaseUriOf(IntercomRegion region)
        {
            switch (region)
            {
                case IntercomRegion.US: return new Uri("https://api.intercom.io/");
                case IntercomRegion.EU: return new Uri("https://api.eu.intercom.io/");
                case IntercomRegion.AU: return new Uri("https://api.au.intercom.io/");
                default: throw new ArgumentOutOfRangeException(nameof(region), region, "Use US, EU or AU.");
            }
        }
    }
}
