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

        /// <summary>The resource whose whole list is completed.</summary>
        internal abstract ResourceDescriptor<T> Resource { get; }

        /// <summary>The text the completion inserts, what the menu shows, and the tooltip.</summary>
        internal abstract (string Value, string ListItem, string ToolTip) Describe(T item);

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
                    items = connection.Resources.ListWholeAsync(Resource, patience.Token).GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // Completion is a convenience: a failure to list means no suggestions, never an error at the prompt.
                return Array.Empty<CompletionResult>();
            }
            return items.Select(Describe)
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
        internal override ResourceDescriptor<Admin> Resource => IntercomResources.Admins;

        internal override (string Value, string ListItem, string ToolTip) Describe(Admin item) =>
            (item.Id ?? string.Empty, $"{item.Id} {item.Name}", $"{item.Name} <{item.Email}>");
    }

    /// <summary>Completes team ids (shown with the team's name).</summary>
    public sealed class TeamIdCompleter : WorkspaceListCompleter<Team>
    {
        internal override ResourceDescriptor<Team> Resource => IntercomResources.Teams;

        internal override (string Value, string ListItem, string ToolTip) Describe(Team item) =>
            (item.Id ?? string.Empty, $"{item.Id} {item.Name}", item.Name ?? string.Empty);
    }

    /// <summary>Completes tag names.</summary>
    public sealed class TagNameCompleter : WorkspaceListCompleter<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;

        internal override (string Value, string ListItem, string ToolTip) Describe(Tag item) =>
            (item.Name ?? string.Empty, item.Name ?? string.Empty, $"tag {item.Id}");
    }

    /// <summary>Completes tag ids (shown with the tag's name).</summary>
    public sealed class TagIdCompleter : WorkspaceListCompleter<Tag>
    {
        internal override ResourceDescriptor<Tag> Resource => IntercomResources.Tags;

        internal override (string Value, string ListItem, string ToolTip) Describe(Tag item) =>
            (item.Id ?? string.Empty, $"{item.Id} {item.Name}", item.Name ?? string.Empty);
    }

    /// <summary>Completes ticket type ids (shown with the type's name and category).</summary>
    public sealed class TicketTypeIdCompleter : WorkspaceListCompleter<TicketType>
    {
        internal override ResourceDescriptor<TicketType> Resource => IntercomResources.TicketTypes;

        internal override (string Value, string ListItem, string ToolTip) Describe(TicketType item) =>
            (item.Id ?? string.Empty, $"{item.Id} {item.Name}", $"{item.Name} ({item.Category})");
    }

    /// <summary>Completes ticket state ids (shown with the state's internal label and category).</summary>
    public sealed class TicketStateIdCompleter : WorkspaceListCompleter<TicketStateDetailed>
    {
        internal override ResourceDescriptor<TicketStateDetailed> Resource => IntercomResources.TicketStates;

        internal override (string Value, string ListItem, string ToolTip) Describe(TicketStateDetailed item) =>
            (item.Id ?? string.Empty, $"{item.Id} {item.InternalLabel}", $"{item.InternalLabel} ({item.Category})");
    }
}
