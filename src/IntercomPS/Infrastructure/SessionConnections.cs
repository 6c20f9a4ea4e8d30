using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using IntercomPS.Engine.Connection;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// The default connection of each runspace. A binary module has no session state of its own, so the connection
    /// is keyed on the runspace: two runspaces in one process (jobs, ForEach-Object -Parallel) each have their own,
    /// and can still share one explicitly with -Connection.
    /// </summary>
    internal static class SessionConnections
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> ByRunspace = new ConditionalWeakTable<Runspace, Holder>();
        private static readonly List<IntercomConnection> Open = new List<IntercomConnection>();
        private static readonly object Gate = new object();

        public static IntercomConnection? Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && ByRunspace.TryGetValue(runspace, out var holder) ? holder.Connection : null;
            }
        }

        /// <summary>Makes <paramref name="connection"/> the runspace's default, disposing the one it replaces.</summary>
        public static void SetCurrent(IntercomConnection connection)
        {
            var holder = ByRunspace.GetValue(Runspace.DefaultRunspace, _ => new Holder());
            lock (Gate)
            {
                var previous = holder.Connection;
                holder.Connection = connection;
                Open.Add(connection);
                if (previous != null && !ReferenceEquals(previous, connection)) Close(previous);
            }
        }

        public static IntercomConnection? RemoveCurrent()
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace == null || !ByRunspace.TryGetValue(runspace, out var holder)) return null;
            lock (Gate)
            {
                var connection = holder.Connection;
                holder.Connection = null;
                if (connection != null) Close(connection);
                return connection;
            }
        }

        /// <summary>Remove-Module: release every connection's sockets, cache and sandbox.</summary>
        public static void DisconnectAll()
        {
            lock (Gate)
            {
                foreach (var connection in Open.ToArray()) Close(connection);
            }
        }

        private static void Close(IntercomConnection connection)
        {
            Open.Remove(connection);
            connection.Dispose();
        }

        private sealed class Holder
        {
            public IntercomConnection? Connection;
        }
    }
}
