namespace IntercomPS.Engine.Models
{
    /// <summary>How many times a user did one thing, and when first and last.</summary>
    public sealed partial class DataEventSummaryItem
    {
        public override string ToString() => Name ?? string.Empty;
    }
}
