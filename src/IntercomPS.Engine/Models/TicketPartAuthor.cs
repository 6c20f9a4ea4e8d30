namespace IntercomPS.Engine.Models
{
    public sealed partial class TicketPartAuthor
    {
        /// <summary>"Ada Lovelace (admin)": who wrote a reply or note, as lists and tables show it.</summary>
        public override string ToString() => $"{Name ?? Email ?? Id} ({Type})";
    }
}
