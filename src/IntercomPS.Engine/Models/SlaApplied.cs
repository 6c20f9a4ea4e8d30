namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="SlaApplied"/>.</summary>
    public sealed partial class SlaApplied
    {
        public override string ToString() => $"{SlaName} ({SlaStatus})";
    }
}
