namespace IntercomPS.Engine.Models
{
    /// <summary>A contact that was merged into a user: gone since, named by its former id.</summary>
    public sealed partial class MergeHistoryItem
    {
        public override string ToString() => SourceContactId ?? string.Empty;
    }
}
