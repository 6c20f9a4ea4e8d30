namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Team"/>.</summary>
    public sealed partial class Team
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TeamId</c> down a pipeline.</summary>
        public string? TeamId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
