namespace IntercomPS.Engine.Models
{
    /// <summary>Something a contact did in your product, as Intercom recorded it.</summary>
    public sealed partial class DataEvent
    {
        /// <summary>Intercom's id of the contact (<see cref="IntercomUserId"/>); lets the event bind to <c>-ContactId</c> down a pipeline.</summary>
        public string? ContactId => IntercomUserId;

        public override string ToString() => EventName ?? string.Empty;
    }
}
