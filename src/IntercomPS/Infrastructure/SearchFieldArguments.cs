using System.Collections;
using System.Management.Automation.Language;
using IntercomPS.Engine.Search;

namespace IntercomPS.Infrastructure
{
    /// <summary>The search fields a resource declares, by its noun ("Contact").</summary>
    internal static class DeclaredSearchFields
    {
        public static SearchFields Of(string noun) =>
            IntercomResources.All.FirstOrDefault(resource => string.Equals(resource.Noun, noun, StringComparison.Ordinal))?.SearchFields
            ?? throw new ArgumentException($"No resource '{noun}' declares search fields.", nameof(noun));
    }

    /// <summary>
    /// Accepts only a date field the resource's search can range over (-DateField), as its declaration lists them,
    /// in Intercom's spelling or the model's (last_seen_at, LastSeenAt).
    /// </summary>
    public sealed class ValidateRangeFieldAttribute : ValidateArgumentsAttribute
    {
        public ValidateRangeFieldAttribute(string noun) => Noun = noun;

        /// <summary>The resource whose search the field belongs to: "Contact".</summary>
        public string Noun { get; }

        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var name = (arguments is PSObject wrapped ? wrapped.BaseObject : arguments) as string ?? string.Empty;
            try
            {
                DeclaredSearchFields.Of(Noun).RangeField(name);
            }
            catch (ArgumentException exception)
            {
                throw new ValidationMetadataException(exception.Message, exception);
            }
        }
    }

    /// <summary>Completes field names of a resource's search from its declaration.</summary>
    public abstract class SearchFieldCompleter : IArgumentCompleter
    {
        internal abstract IEnumerable<SearchField> Candidates { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Candidates
                .Where(field => field.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(field => new CompletionResult(field.Name, field.Name, CompletionResultType.ParameterValue, $"{field.Name} ({field.KindName})"))
                .ToArray();
        }
    }

    /// <summary>Completes the contact date fields a range can be read over.</summary>
    public sealed class ContactRangeFieldCompleter : SearchFieldCompleter
    {
        internal override IEnumerable<SearchField> Candidates => DeclaredSearchFields.Of("Contact").RangeFields;
    }

    /// <summary>Completes contact search fields (for -Sort).</summary>
    public sealed class ContactFieldCompleter : SearchFieldCompleter
    {
        internal override IEnumerable<SearchField> Candidates => DeclaredSearchFields.Of("Contact").Fields;
    }

    /// <summary>Completes the ticket date fields a range can be read over.</summary>
    public sealed class TicketRangeFieldCompleter : SearchFieldCompleter
    {
        internal override IEnumerable<SearchField> Candidates => DeclaredSearchFields.Of("Ticket").RangeFields;
    }
}
