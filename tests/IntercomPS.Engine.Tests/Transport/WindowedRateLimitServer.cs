using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>
    /// Emulates Intercom's rate limit: a per-minute Limit enforced as Limit/6 requests per 10-second window aligned to
    /// the clock, with X-RateLimit-Limit/Remaining/Reset on every answer and 429 once a window is spent.
    /// </summary>
    internal sealed class WindowedRateLimitServer : HttpMessageHandler
    {
        private static readonly long WindowTicks = TimeSpan.FromSeconds(10).Ticks;

        private readonly object _sync = new object();
        private readonly TimeProvider _clock;
        private long _window = -1;
        private int _usedInWindow;
        private int _served;
        private int _rejected;

        public WindowedRateLimitServer(TimeProvider clock, int limitPerMinute)
        {
            _clock = clock;
            LimitPerMinute = limitPerMinute;
            PerWindow = limitPerMinute / 6;
        }

        public int LimitPerMinute { get; }

        public int PerWindow { get; }

        public int Served => Volatile.Read(ref _served);

        public int Rejected => Volatile.Read(ref _rejected);

        /// <summary>The most requests any one window accepted.</summary>
        public int BusiestWindow { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_sync)
            {
                var now = _clock.GetUtcNow();
                var window = now.UtcTicks / WindowTicks;
                if (window != _window)
                {
                    _window = window;
                    _usedInWindow = 0;
                }
                var reset = new DateTimeOffset((window + 1) * WindowTicks, TimeSpan.Zero);
                if (_usedInWindow >= PerWindow)
                {
                    _rejected++;
                    return Task.FromResult(Answers.Response((HttpStatusCode)429,
                        """{"type":"error.list","errors":[{"code":"rate_limit_exceeded","message":"Exceeded rate limit"}]}""",
                        new RateLimitSnapshot(LimitPerMinute, 0, reset)));
                }
                _usedInWindow++;
                _served++;
                BusiestWindow = Math.Max(BusiestWindow, _usedInWindow);
                return Task.FromResult(Answers.Response(HttpStatusCode.OK, """{"type":"conversation.list","conversations":[]}""",
                    new RateLimitSnapshot(LimitPerMinute, PerWindow - _usedInWindow, reset)));
            }
        }
    }
}
