namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="DataAttribute"/>: a contact or company attribute, built in or custom.</summary>
    public sealed partial class DataAttribute
    {
        public override string ToString() => FullName ?? Name ?? Id ?? string.Empty;
    }
}
