namespace IntercomPS.Sandbox.Data
{
    /// <summary>
    /// The one open company scroll per workspace ("Each app can only have 1 scroll open at a time"). A scroll expires
    /// after a minute without use and when its end has been reached.
    /// </summary>
    internal sealed class CompanyScrollState
    {
        public static readonly TimeSpan IdleExpiry = TimeSpan.FromMinutes(1);
        private readonly object _gate = new object();
        private string? _param;
        private int _position;
        private DateTimeOffset _lastUsed;

        public enum Outcome { Page, AlreadyOpen, UnknownParam }

        /// <summary>Starts (param null) or continues a scroll; returns the companies range to send and the param to return.</summary>
        public Outcome Next(string? param, int pageSize, int total, DateTimeOffset now, out int start, out int count, out string nextParam)
        {
            start = 0;
            count = 0;
            nextParam = "";
            lock (_gate)
            {
                if (_param != null && now - _lastUsed >= IdleExpiry) _param = null;
                if (param == null)
                {
                    if (_param != null) return Outcome.AlreadyOpen;
                    _param = Guid.NewGuid().ToString();
                    _position = 0;
                }
                else if (param != _param)
                {
                    return Outcome.UnknownParam;
                }

                start = _position;
                count = Math.Max(0, Math.Min(pageSize, total - _position));
                _position += count;
                _lastUsed = now;
                nextParam = _param!;
                // The page that comes back empty ends the scroll.
                if (count == 0) _param = null;
                return Outcome.Page;
            }
        }
    }
}
