namespace IntercomPS.Engine.Models
{
    public sealed partial class TicketType
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-TicketTypeId</c> down a pipeline.</summary>
        public string? TicketTypeId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
