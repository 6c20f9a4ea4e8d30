namespace IntercomPS.Sandbox.Data
{
    /// <summary>Puts a tag on a contact or conversation, or takes it off, the way both routes answer it.</summary>
    internal static class Tagging
    {
        /// <summary>The tag's application on the record: the one it has already, or a new one by <paramref name="adminId"/> at <paramref name="now"/>.</summary>
        public static AppliedTag Apply<T>(RecordStore<T> store, T record, TagRecord tag, string adminId, long now) where T : class, ITaggedRecord<T>
        {
            var existing = record.Tags.FirstOrDefault(t => t.TagId == tag.Id);
            if (existing != null) return existing;
            var copy = record.Clone();
            var applied = new AppliedTag { TagId = tag.Id, AppliedAt = now, AppliedById = adminId };
            copy.Tags.Add(applied);
            copy.UpdatedAt = now;
            store.Put(copy);
            return applied;
        }

        /// <summary>The application taken off the record; null (and nothing changed) when the record did not have the tag.</summary>
        public static AppliedTag? Remove<T>(RecordStore<T> store, T record, TagRecord tag, long now) where T : class, ITaggedRecord<T>
        {
            var removed = record.Tags.FirstOrDefault(t => t.TagId == tag.Id);
            if (removed == null) return null;
            var copy = record.Clone();
            copy.Tags.RemoveAll(t => t.TagId == tag.Id);
            copy.UpdatedAt = now;
            store.Put(copy);
            return removed;
        }
    }
}
