namespace IntercomPS.Engine.Models
{
    public sealed partial class Brand
    {
        /// <summary>Same as <see cref="Id"/>; lets the brand bind to <c>-BrandId</c> down a pipeline.</summary>
        public string? BrandId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
