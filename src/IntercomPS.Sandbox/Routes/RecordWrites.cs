using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>
    /// Writes to contacts and conversations under the workspace's write gate. Records are copy-on-write: a change edits
    /// a copy, which is stored only when the change did not refuse, so a refused request leaves the record as it was.
    /// </summary>
    internal static class RecordWrites
    {
        /// <summary>Changes a copy of the record <paramref name="find"/> returns and stores it; answers what the change returns.</summary>
        public static TResult Change<T, TResult>(WorkspaceState state, RecordStore<T> store, Func<T> find, Func<T, TResult> change)
            where T : class, ITaggedRecord<T>
        {
            lock (state.WriteGate)
            {
                var copy = find().Clone();
                var result = change(copy);
                store.Put(copy);
                return result;
            }
        }

        /// <summary>Removes the record <paramref name="find"/> returns, and answers it.</summary>
        public static T Remove<T>(WorkspaceState state, RecordStore<T> store, Func<T> find)
            where T : class, IRecord
        {
            lock (state.WriteGate)
            {
                var record = find();
                store.Remove(record.Ordinal);
                return record;
            }
        }
    }
}
