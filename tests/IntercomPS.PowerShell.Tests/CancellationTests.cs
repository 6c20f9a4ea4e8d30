using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Kept in xunit: stopping a running pipeline (what Ctrl+C does) needs PowerShell.Stop() from another thread
    /// while the command is blocked in a request, which a Pester script cannot do to its own pipeline.
    /// </summary>
    public class CancellationTests
    {
        [Fact]
        public void Stopping_the_pipeline_cancels_in_flight_requests_promptly()
        {
            using var session = new PowerShellSession();
            // Every request takes 30 s to answer, so only cancellation can end the command early.
            var sandbox = session.Run("(Connect-Intercom -Sandbox -PassThru).Sandbox; (Get-IntercomConnection).Sandbox.Options.Faults.Latency = [TimeSpan]::FromSeconds(30)")
                .AssertNoErrors().Output.Single().BaseObject;
            var log = sandbox.GetType().GetProperty("Log")!.GetValue(sandbox)!;
            var inFlight = log.GetType().GetProperty("InFlight")!;

            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = session.Runspace;
            ps.AddScript("Get-IntercomConversation -Since '2026-01-01T00:00:00Z' -Until '2026-01-20T00:00:00Z' -ThrottleLimit 4 | ForEach-Object Id");
            var running = ps.BeginInvoke();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (Convert.ToInt32(inFlight.GetValue(log)) == 0 && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.True(Convert.ToInt32(inFlight.GetValue(log)) > 0, "no request reached the sandbox");

            var stopwatch = Stopwatch.StartNew();
            ps.Stop();
            stopwatch.Stop();

            Assert.True(running.IsCompleted);
            Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
            // A generous bound: the point is "long before the 30 s answer", not a speed target.
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Stop took {stopwatch.Elapsed}");
            deadline = DateTime.UtcNow.AddSeconds(5);
            while (Convert.ToInt32(inFlight.GetValue(log)) > 0 && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.Equal(0, Convert.ToInt32(inFlight.GetValue(log)));
        }
    }
}
