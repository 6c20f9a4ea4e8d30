namespace IntercomPS.Sandbox.Http
{
    /// <summary>Picks each request's fault: the Decide override first, then the configured rates with a seeded generator.</summary>
    internal sealed class FaultPlanner
    {
        private readonly object _gate = new object();
        private Random? _random;
        private int _seed;

        public SandboxFault Decide(SandboxFaults faults, SandboxRequest request)
        {
            var forced = faults.Decide?.Invoke(request);
            if (forced.HasValue) return forced.Value;

            var drop = Clamp(faults.DropConnectionRate);
            var server = Clamp(faults.ServerErrorRate);
            var malformed = Clamp(faults.MalformedBodyRate);
            var slow = Clamp(faults.SlowResponseRate);
            var malformedPage = Clamp(faults.MalformedPageRate);
            if (drop + server + malformed + slow + malformedPage <= 0) return SandboxFault.None;

            double roll;
            int serverKind;
            lock (_gate)
            {
                if (_random == null || _seed != faults.Seed)
                {
                    _seed = faults.Seed;
                    _random = new Random(_seed);
                }
                roll = _random.NextDouble();
                serverKind = _random.Next(3);
            }
            if ((roll -= drop) < 0) return SandboxFault.DropConnection;
            if ((roll -= server) < 0) return serverKind == 0 ? SandboxFault.ServerError500 : serverKind == 1 ? SandboxFault.BadGateway502 : SandboxFault.Unavailable503;
            if ((roll -= malformed) < 0) return SandboxFault.Malformed;
            if ((roll -= slow) < 0) return SandboxFault.Slow;
            if ((roll -= malformedPage) < 0) return SandboxFault.MalformedPage;
            return SandboxFault.None;
        }

        private static double Clamp(double rate) => double.IsNaN(rate) ? 0 : Math.Max(0, Math.Min(1, rate));
    }
}
