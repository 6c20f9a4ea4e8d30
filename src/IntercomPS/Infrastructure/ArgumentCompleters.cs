using System.Collections;
using System.Management.Automation.Language;
using IntercomPS.Engine.Connection;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Completes a parameter from one of the workspace's whole lists (admins, teams, tags, ticket types...) of the session's connection
    /// (or the one given to -Connection). The lists go through the session cache: the first Tab asks Intercom once,
    /// later ones cost nothing until the cache's time to live expires. Matches ids and names.
    /// </summary>
    public abstract class WorkspaceListCompleter<T> : IArgumentCompleter where T : IntercomObject
    {
        // A completion waits this long at most: a slow or unreachable workspace must not freeze the console.
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        private readonly ResourceDescriptor<T> _resource;
        private readonly Func<T, (string Value, string ListItem, string ToolTip)> _describe;

        /// <param name="resource">The resource whose whole list is completed.</param>
        /// <param name="describe">The text the completion inserts, what the menu shows, and the tooltip.</param>
        private protected WorkspaceListCompleter(ResourceDescriptor<T> resource, Func<T, (string Value, string ListItem, string ToolTip)> describe)
        {
            _resource = resource;
            _describe = describe;
        }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = (fakeBoundParameters["Connection"] as PSObject)?.BaseObject as IntercomConnection
                ?? fakeBoundParameters["Connection"] as IntercomConnection
                ?? SessionConnections.Current;
            if (connection == null || connection.IsClosed) return Array.Empty<CompletionResult>();
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IReadOnlyList<T> items;
            try
            {
                using (var patience = new CancellationTokenSource(Patience))
                {
                    items = connection.Resources.ListWholeAsync(_resource, patience.Token).GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // Completion is a convenience: a failure to list means no suggestions, never an error at the prompt.
                return Array.Empty<CompletionResult>();
            }
            return items.Select(_describe)
                .Where(entry => entry.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                    || entry.ListItem.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(entry => entry.ListItem, StringComparer.OrdinalIgnoreCase)
                .Select(entry => new CompletionResult(Quoted(entry.Value), entry.ListItem, CompletionResultType.ParameterValue, entry.ToolTip))
                .ToArray();
        }

        private static string Quoted(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', ',', ';', '(', ')', '{', '}', '@', '#' }) < 0 ? value : "'" + value.Replace("'", "''") + "'";
    }

    /// <summary>Completes admin ids (shown with the admin's name and email).</summary>
    public sealed class AdminIdCompleter : WorkspaceListCompleter<Admin>
    {
        public AdminIdCompleter()
            : base(IntercomResources.Admins, item => (item.Id ?? string.Empty, $"{item.Id} {item.Name}", $"{item.Name} <{item.Email}>"))
        {
        }
    }

    /// <summary>Completes team ids (shown with the team's name).</summary>
    public sealed class TeamIdCompleter : WorkspaceListCompleter<Team>
    {
        public TeamIdCompleter()
            : base(IntercomResources.Teams, item => (item.Id ?? string.Empty, $"{item.Id} {item.Name}", item.Name ?? string.Empty))
        {
        }
    }

    /// <summary>Completes tag names.</summary>
    public sealed class TagNameCompleter : WorkspaceListCompleter<Tag>
    {
        public TagNameCompleter()
            : base(IntercomResources.Tags, item => (item.Name ?? string.Empty, item.Name ?? string.Empty, $"tag {item.Id}"))
        {
        }
    }

    /// <summary>Completes tag ids (shown with the tag's name).</summary>
    public sealed class TagIdCompleter : WorkspaceListCompleter<Tag>
    {
        public TagIdCompleter()
            : base(IntercomResources.Tags, item => (item.Id ?? string.Empty, $"{item.Id} {item.Name}", item.Name ?? string.Empty))
        {
        }
    }

    /// <summary>Completes ticket type ids (shown with the type's name and category).</summary>
    public sealed class TicketTypeIdCompleter : WorkspaceListCompleter<TicketType>
    {
        public TicketTypeIdCompleter()
            : base(IntercomResources.TicketTypes, item => (item.Id ?? string.Empty, $"{item.Id} {item.Name}", $"{item.Name} ({item.Category})"))
        {
        }
    }

    /// <summary>Completes ticket state ids (shown with the state's internal label and category).</summary>
    public sealed class TicketStateIdCompleter : WorkspaceListCompleter<TicketStateDetailed>
    {
        public TicketStateIdCompleter()
            : base(IntercomResources.TicketStates, item => (item.Id ?? string.Empty, $"{item.Id} {item.InternalLabel}", $"{item.InternalLabel} ({item.Category})"))
        {
        }
    }
}
