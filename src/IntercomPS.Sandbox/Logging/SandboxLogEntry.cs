namespace IntercomPS.Sandbox
{
    /// <summary>One request the sandbox received, whatever happened to it.</summary>
    public sealed class SandboxLogEntry
    {
        internal SandboxLogEntry(long sequence, string method, string path, string route, string? query, string? body,
            int status, SandboxFault fault, DateTimeOffset timestamp, TimeSpan duration, string? requestId, string transport)
        {
            Sequence = sequence;
            Method = method;
            Path = path;
            Route = route;
            Query = query;
            Body = body;
            Status = status;
            Fault = fault;
            Timestamp = timestamp;
            Duration = duration;
            RequestId = requestId;
            Transport = transport;
        }

        /// <summary>Arrival order, from 1.</summary>
        public long Sequence { get; }
        public string Method { get; }
        public string Path { get; }
        public string Route { get; }
        public string? Query { get; }

        /// <summary>The request body.</summary>
        public string? Body { get; }

        /// <summary>HTTP status sent; 0 when the connection was dropped or the request never answered.</summary>
        public int Status { get; }
        public SandboxFault Fault { get; }

        /// <summary>Arrival time by the workspace's <see cref="SandboxOptions.TimeProvider"/>.</summary>
        public DateTimeOffset Timestamp { get; }

        /// <summary>Real time spent answering (including injected latency).</summary>
        public TimeSpan Duration { get; }

        /// <summary>The X-Request-Id sent, null when nothing was sent.</summary>
        public string? RequestId { get; }

        /// <summary>"InProcess" or "Loopback".</summary>
        public string Transport { get; }

        public override string ToString() => $"#{Sequence} {Method} {Path} -> {Status}" + (Fault == SandboxFault.None ? "" : $" ({Fault})");
    }
}
