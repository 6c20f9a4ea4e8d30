namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="ConversationStatistics"/>: timing facts about a conversation.
    /// Durations are in seconds, as Intercom reports them; timestamps are UTC.
    /// </summary>
    public sealed partial class ConversationStatistics
    {
        /// <summary>The figures a support admin reads first, in one line (a table cell, a CSV column).</summary>
        public override string ToString() =>
            $"first reply {Seconds(TimeToAdminReply)}, first close {Seconds(TimeToFirstClose)}, {CountConversationParts ?? 0} parts, {CountReopens ?? 0} reopens";

        private static string Seconds(long? value) => value == null ? "-" : System.TimeSpan.FromSeconds(value.Value).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
    }
}
