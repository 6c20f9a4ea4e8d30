namespace IntercomPS.Engine.Models
{
    public sealed partial class NewsItem
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-NewsItemId</c> down a pipeline.</summary>
        public string? NewsItemId => Id;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
