namespace IntercomPS.Engine.Models
{
    public sealed partial class TicketTypeAttribute
    {
        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
