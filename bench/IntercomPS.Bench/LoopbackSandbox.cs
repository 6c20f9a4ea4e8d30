using System;
using IntercomPS.Sandbox;

namespace IntercomPS.Bench
{
    /// <summary>One seeded workspace served over loopback HTTP: the server every peer of a scenario talks to.</summary>
    internal sealed class LoopbackSandbox : IDisposable
    {
        public static readonly DateTimeOffset RangeStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public LoopbackSandbox(SandboxOptions options)
        {
            Workspace = new SandboxWorkspace(options);
            Server = Workspace.StartServer();
        }

        public SandboxWorkspace Workspace { get; }

        public SandboxServer Server { get; }

        public Uri BaseUri => Server.BaseUri;

        public string Token => Workspace.Options.AccessToken;

        public SandboxRequestLog Log => Workspace.Log;

        /// <summary>Conversations spread evenly over <paramref name="days"/> UTC days from <see cref="RangeStart"/>.</summary>
        public static LoopbackSandbox WithConversations(int conversations, int days, int rateLimitPerMinute, Action<SandboxOptions>? configure = null)
        {
            var options = new SandboxOptions
            {
                ConversationCount = conversations,
                RangeStart = RangeStart,
                RangeEnd = RangeStart.AddDays(days),
                RateLimitPerMinute = rateLimitPerMinute,
                // Sized for a log of recent requests, not a million of them.
                LogCapacity = 10_000,
            };
            configure?.Invoke(options);
            return new LoopbackSandbox(options);
        }

        public void Dispose() => Workspace.Dispose();
    }
}
