using IntercomPS.Sandbox.Data;
using IntercomPS.Sandbox.Json;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>
    /// The tag and untag routes of contacts and conversations. Under the write gate the record, then the acting admin,
    /// then the tag are looked up (so the first thing missing is the one refused), and the answer is the tag with its
    /// application. What differs between the two is how each refuses.
    /// </summary>
    internal static class TagAnswers
    {
        public static ApiResponse Tag<T>(ApiContext context, RecordStore<T> store, string tagId, Func<T> record, Func<AdminRecord> actingAdmin,
            Func<ApiException> tagNotFound)
            where T : class, ITaggedRecord<T>
        {
            var state = context.State;
            TagRecord tag;
            AppliedTag applied;
            lock (state.WriteGate)
            {
                var tagged = record();
                var admin = actingAdmin();
                tag = state.Catalog.FindTag(tagId) ?? throw tagNotFound();
                applied = Tagging.Apply(store, tagged, tag, admin.Id, state.Now);
            }
            return ApiResponse.Json(w => WorkspaceJson.AppliedTag(w, tag, applied));
        }

        /// <param name="refuseUntagged">Refuse with <paramref name="tagNotFound"/> when the record does not have the tag; otherwise answer with the bare tag.</param>
        public static ApiResponse Untag<T>(ApiContext context, RecordStore<T> store, Func<T> record, Func<AdminRecord> actingAdmin,
            Func<ApiException> tagNotFound, bool refuseUntagged)
            where T : class, ITaggedRecord<T>
        {
            var state = context.State;
            TagRecord tag;
            AppliedTag? removed;
            lock (state.WriteGate)
            {
                var tagged = record();
                actingAdmin();
                tag = state.Catalog.FindTag(context.Route("tag_id")) ?? throw tagNotFound();
                removed = Tagging.Remove(store, tagged, tag, state.Now);
                if (removed == null && refuseUntagged) throw tagNotFound();
            }
            return ApiResponse.Json(w => WorkspaceJson.AppliedTag(w, tag, removed));
        }
    }
}
