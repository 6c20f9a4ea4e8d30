namespace IntercomPS.Engine.Models
{
    public sealed partial class ContentSnippet
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-ContentSnippetId</c> down a pipeline.</summary>
        public string? ContentSnippetId => Id;

        public override string ToString() => Title ?? Id ?? string.Empty;
    }
}
