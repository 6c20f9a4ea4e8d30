namespace IntercomPS.Engine.Models
{
    public sealed partial class TicketStateDetailed
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TicketStateId</c> down a pipeline.</summary>
        public string? TicketStateId => Id;

        public override string ToString() => InternalLabel ?? Category ?? Id ?? string.Empty;
    }
}
