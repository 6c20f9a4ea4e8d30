namespace IntercomPS.Engine.Models
{
    /// <summary>A subscription type: an email or SMS topic contacts opt in to (opt_in) or out of (opt_out).</summary>
    public sealed partial class SubscriptionType
    {
        /// <summary>The name in the workspace's default language.</summary>
        public string? Name => DefaultTranslation?.Name;

        /// <summary>The description in the workspace's default language.</summary>
        public string? Description => DefaultTranslation?.Description;

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-SubscriptionTypeId</c> down a pipeline.</summary>
        public string? SubscriptionTypeId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
