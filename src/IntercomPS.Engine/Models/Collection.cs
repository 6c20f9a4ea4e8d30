namespace IntercomPS.Engine.Models
{
    public sealed partial class Collection
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-CollectionId</c> down a pipeline.</summary>
        public string? CollectionId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
