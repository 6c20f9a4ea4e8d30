namespace IntercomPS.Engine.Models
{
    public sealed partial class Newsfeed
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-NewsfeedId</c> down a pipeline.</summary>
        public string? NewsfeedId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
