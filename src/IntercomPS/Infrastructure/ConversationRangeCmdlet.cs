using System.Runtime.CompilerServices;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that stream conversations: -IncludeParts, and -ExpandContact / -ExpandAssignee,
    /// which attach the full contacts and the assigned admin and team (through the session cache) as the note
    /// properties ExpandedContacts, AssignedAdmin and AssignedTeam.
    /// </summary>
    public abstract class ConversationRangeCmdlet : ResourceSearchCmdlet<Conversation>
    {
        /// <summary>Each conversation with its parts (one extra request per conversation, bounded by -PartsThrottleLimit).</summary>
        [Parameter]
        public SwitchParameter IncludeParts { get; set; }

        [Parameter]
        [ValidateRange(1, 32)]
        public int PartsThrottleLimit { get; set; } = 5;

        /// <summary>Attaches the conversation's full contact objects (ExpandedContacts), each distinct contact looked up once.</summary>
        [Parameter]
        public SwitchParameter ExpandContact { get; set; }

        /// <summary>Attaches the assigned admin (AssignedAdmin) and team (AssignedTeam), from their cached lists.</summary>
        [Parameter]
        public SwitchParameter ExpandAssignee { get; set; }

        internal override SearchableResource<Conversation> Searched => ActiveConnection.Conversations;

        // Expansions of conversations on their way out; weak, so a conversation the pipeline dropped takes its
        // expansion with it.
        private readonly ConditionalWeakTable<Conversation, ConversationExpansion> _expansions = new ConditionalWeakTable<Conversation, ConversationExpansion>();

        private bool Expanding => ExpandContact.IsPresent || ExpandAssignee.IsPresent;

        protected override void BeginProcessing()
        {
            RequireCompanion(nameof(PartsThrottleLimit), nameof(IncludeParts), nameof(ExpandContact), nameof(ExpandAssignee));
            base.BeginProcessing();
        }

        private ExpansionOptions ExpansionOptions => new ExpansionOptions
        {
            Contacts = ExpandContact.IsPresent,
            Assignee = ExpandAssignee.IsPresent,
            Concurrency = PartsThrottleLimit,
        };

        /// <summary>The observer chain for a stream of conversations: parts first, then expansion, then the pipeline.</summary>
        internal IPageObserver<Conversation> Decorate(IPageObserver<Conversation> pipeline)
        {
            var target = Expanding ? PageObserver.Transforming(pipeline, ExpandAsync) : pipeline;
            return IncludeParts.IsPresent ? ActiveConnection.Conversations.WithFullObjects(target, PartsThrottleLimit) : target;
        }

        /// <summary>A lookup by id that also expands the conversation when asked.</summary>
        internal async Task<Conversation> GetExpandedAsync(Func<CancellationToken, Task<Conversation>> lookup, CancellationToken cancellationToken)
        {
            var conversation = await lookup(cancellationToken).ConfigureAwait(false);
            if (Expanding) await ExpandAsync(new[] { conversation }, cancellationToken).ConfigureAwait(false);
            return conversation;
        }

        /// <summary>Resolves the expansions of a page (kept for <see cref="Present"/>); the page itself goes on as it is.</summary>
        private async Task<IReadOnlyList<Conversation>> ExpandAsync(IReadOnlyList<Conversation> page, CancellationToken cancellationToken)
        {
            var expansions = await ActiveConnection.Expander.ExpandAsync(page, ExpansionOptions, cancellationToken).ConfigureAwait(false);
            lock (_expansions)
            {
                for (var i = 0; i < page.Count; i++)
                {
                    _expansions.Remove(page[i]);
                    _expansions.Add(page[i], expansions[i]);
                }
            }
            return page;
        }

        internal override PSObject Present(IntercomObject item)
        {
            var output = OutputAdapter.Wrap(item);
            if (!(item is Conversation conversation)) return output;
            ConversationExpansion? expansion;
            lock (_expansions)
            {
                if (!_expansions.TryGetValue(conversation, out expansion)) return output;
                _expansions.Remove(conversation);
            }
            if (ExpandContact.IsPresent)
            {
                SetNote(output, "ExpandedContacts", expansion.Contacts.Select(c => (object)OutputAdapter.Wrap(c)).ToArray());
                if (expansion.MissingContactIds.Count > 0) SetNote(output, "MissingContactIds", expansion.MissingContactIds.ToArray());
            }
            if (ExpandAssignee.IsPresent)
            {
                SetNote(output, "AssignedAdmin", expansion.AssignedAdmin == null ? null : OutputAdapter.Wrap(expansion.AssignedAdmin));
                SetNote(output, "AssignedTeam", expansion.AssignedTeam == null ? null : OutputAdapter.Wrap(expansion.AssignedTeam));
            }
            return output;
        }

        // The same conversation object can come out twice (it is cached by id), so a note may already be there.
        private static void SetNote(PSObject output, string name, object? value)
        {
            output.Properties.Remove(name);
            output.Properties.Add(new PSNoteProperty(name, value));
        }
    }
}
