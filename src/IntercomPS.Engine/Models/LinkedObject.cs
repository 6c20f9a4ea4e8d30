namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="LinkedObject"/>.</summary>
    public sealed partial class LinkedObject
    {
        public override string ToString() => $"{Type} {Id}";
    }
}
