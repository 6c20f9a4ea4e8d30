namespace IntercomPS.Engine.Models
{
    public sealed partial class TeammateReference
    {
        /// <summary>The teammate as a table shows them: their name, else their email or id.</summary>
        public override string ToString() => Name ?? Email ?? Id ?? string.Empty;
    }
}
