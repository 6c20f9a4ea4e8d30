using System;

namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// Timing facts about a conversation. Durations are in seconds, as Intercom reports them; timestamps are UTC.
    /// </summary>
    public sealed class ConversationStatistics : IntercomObject
    {
        public long? TimeToAssignment { get; set; }

        public long? TimeToAdminReply { get; set; }

        public long? TimeToFirstClose { get; set; }

        public long? TimeToLastClose { get; set; }

        public long? MedianTimeToReply { get; set; }

        public DateTimeOffset? FirstContactReplyAt { get; set; }

        public DateTimeOffset? FirstAssignmentAt { get; set; }

        public DateTimeOffset? FirstAdminReplyAt { get; set; }

        public DateTimeOffset? FirstCloseAt { get; set; }

        public DateTimeOffset? LastAssignmentAt { get; set; }

        public DateTimeOffset? LastAssignmentAdminReplyAt { get; set; }

        public DateTimeOffset? LastContactReplyAt { get; set; }

        public DateTimeOffset? LastAdminReplyAt { get; set; }

        public DateTimeOffset? LastCloseAt { get; set; }

        /// <summary>The admin who last closed the conversation.</summary>
        public string? LastClosedById { get; set; }

        public int? CountReopens { get; set; }

        public int? CountAssignments { get; set; }

        public int? CountConversationParts { get; set; }

        /// <summary>Total time teammates spent on the conversation.</summary>
        public long? HandlingTime { get; set; }

        public long? AdjustedHandlingTime { get; set; }

        /// <summary>The figures a support admin reads first, in one line (a table cell, a CSV column).</summary>
        public override string ToString() =>
            $"first reply {Seconds(TimeToAdminReply)}, first close {Seconds(TimeToFirstClose)}, {CountConversationParts ?? 0} parts, {CountReopens ?? 0} reopens";

        private static string Seconds(long? value) => value == null ? "-" : System.TimeSpan.FromSeconds(value.Value).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
    }
}
