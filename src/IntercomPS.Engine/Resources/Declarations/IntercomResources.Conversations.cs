using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        public static readonly ResourceDescriptor<Conversation> Conversations = new ResourceDescriptor<Conversation>("Conversation", "conversation_id")
            .Gets("conversations/{conversation_id}")
            .Lists("conversations", PagingKind.Cursor, "conversations", maxPageSize: 150)
            .Searches("conversations/search", "conversations")
            .CachedById();
    }
}
