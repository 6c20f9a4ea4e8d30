namespace IntercomPS.Sandbox
{
    /// <summary>One request the sandbox received, whatever happened to it.</summary>
    /// <param name="Sequence">Arrival order, from 1.</param>
    /// <param name="Body">The request body.</param>
    /// <param name="Status">HTTP status sent; 0 when the connection was dropped or the request never answered.</param>
    /// <param name="Timestamp">Arrival time by the workspace's <see cref="SandboxOptions.TimeProvider"/>.</param>
    /// <param name="Duration">Real time spent answering (including injected latency).</param>
    /// <param name="RequestId">The X-Request-Id sent, null when nothing was sent.</param>
    /// <param name="Transport">"InProcess" or "Loopback".</param>
    public sealed record SandboxLogEntry(long Sequence, string Method, string Path, string Route, string? Query, string? Body,
        int Status, SandboxFault Fault, DateTimeOffset Timestamp, TimeSpan Duration, string? RequestId, string Transport)
    {
        public override string ToString() => $"#{Sequence} {Method} {Path} -> {Status}" + (Fault == SandboxFault.None ? "" : $" ({Fault})");
    }
}
