using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Sandbox
{
    /// <summary>
    /// Shape, clock, limits and faults of a <see cref="SandboxWorkspace"/>.
    /// Data-shaping settings (seed, counts, date range) are read once when the workspace is created; the access token,
    /// rate limit, date-comparison switches, time provider and <see cref="Faults"/> are read on every request, so tests
    /// may change them on a running workspace.
    /// </summary>
    public sealed class SandboxOptions
    {
        /// <summary>Seed of every generated object; the same seed and sizes give the same workspace.</summary>
        public int Seed { get; set; } = 1;

        public int AdminCount { get; set; } = 6;
        public int TeamCount { get; set; } = 3;
        public int TagCount { get; set; } = 12;
        public int SegmentCount { get; set; } = 4;
        public int CompanyCount { get; set; } = 50;
        public int ContactCount { get; set; } = 2000;

        /// <summary>Generated conversations; up to tens of millions are fine, none is held in memory until written.</summary>
        public int ConversationCount { get; set; } = 5000;

        /// <summary>First instant of the generated conversation and contact <c>created_at</c> values.</summary>
        public DateTimeOffset RangeStart { get; set; } = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Exclusive end of the generated <c>created_at</c> values.</summary>
        public DateTimeOffset RangeEnd { get; set; } = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>
        /// True: on date fields search <c>&gt;</c> means "greater or equal" and <c>&lt;</c> "lower or equal", as the
        /// conversation-search documentation says. False: both are strict.
        /// </summary>
        public bool InclusiveDateComparison { get; set; } = true;

        /// <summary>
        /// True (as Intercom documents for contact search): contact date filters match whole UTC days, so <c>=</c> is the
        /// day, <c>&gt;</c> starts at the next midnight, <c>&lt;</c> ends before the day's midnight, and <c>!=</c>,
        /// <c>&lt;=</c>, <c>&gt;=</c>, <c>IN</c>, <c>NIN</c> on date fields are rejected with 400. False: contact dates
        /// compare to the second like conversation dates (and follow <see cref="InclusiveDateComparison"/>).
        /// </summary>
        public bool ContactDatesMatchByDay { get; set; } = true;

        /// <summary>Requests per minute, enforced per 10-second window as ceil(limit / 6). Zero or less disables enforcement; the headers are still sent.</summary>
        public int RateLimitPerMinute { get; set; } = 10000;

        /// <summary>The only bearer token accepted; any other gets 401.</summary>
        public string AccessToken { get; set; } = "sandbox";

        /// <summary>Clock of rate-limit windows, <c>X-RateLimit-Reset</c>, scroll expiry, log timestamps and write timestamps.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        public SandboxFaults Faults { get; set; } = new SandboxFaults();

        /// <summary>Requests processed at once; more wait their turn (a server with a fixed worker pool). Zero or less: no limit.</summary>
        public int MaxConcurrentRequests { get; set; }

        /// <summary>Most recent log entries kept (per-route and per-status counts stay exact beyond it).</summary>
        public int LogCapacity { get; set; } = 100_000;

        /// <summary>
        /// The declared resources whose operations the workspace serves (hand-written routes first, the generic store
        /// for the rest); every resource of <see cref="IntercomResources"/> when null. Tests declare their own.
        /// </summary>
        internal IReadOnlyList<ResourceDescriptor>? Resources { get; set; }
    }
}
