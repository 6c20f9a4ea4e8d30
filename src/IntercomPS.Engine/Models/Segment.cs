namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Segment"/>.</summary>
    public sealed partial class Segment
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-SegmentId</c> down a pipeline.</summary>
        public string? SegmentId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
