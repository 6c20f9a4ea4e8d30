namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Tag"/>.</summary>
    public sealed partial class Tag
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TagId</c> down a pipeline.</summary>
        public string? TagId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
