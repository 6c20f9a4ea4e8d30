namespace IntercomPS.Engine.Models
{
    public sealed partial class Audience
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-AudienceId</c> down a pipeline.</summary>
        public string? AudienceId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
