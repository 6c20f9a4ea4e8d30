namespace IntercomPS.Engine.Models
{
    public sealed partial class TicketState
    {
        public override string ToString() => InternalLabel ?? Category ?? Id ?? string.Empty;
    }
}
