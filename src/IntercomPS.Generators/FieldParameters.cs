using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using IntercomPS.Engine.Resources.Declarations;
using Microsoft.CodeAnalysis;
using static IntercomPS.Generators.Generated;

namespace IntercomPS.Generators
{
    /// <summary>
    /// The parameters [FieldParameters(RequestBodies.X, IntercomResources.YFields)] stands for: one per declared field
    /// that the cmdlet and its base classes do not declare by hand, typed from the description's request body.
    /// </summary>
    internal static class FieldParameters
    {
        public const string AttributeName = Infrastructure + "FieldParametersAttribute";

        public static readonly DiagnosticDescriptor UntypedField = Rule(
            "IPSGEN006",
            "Field parameter the request body does not type",
            "{0}: [FieldParameters] cannot write -{1}: {2}; declare the parameter by hand, or correct the resource's field list");

        /// <summary>
        /// The members for <paramref name="attribute"/> on <paramref name="cmdlet"/>, none mandatory when
        /// <paramref name="optional"/>; the diagnostic instead when a field cannot be written.
        /// </summary>
        public static (string? Members, Diagnostic? Failure) Write(INamedTypeSymbol cmdlet, AttributeData attribute, bool optional)
        {
            var body = Body((string?)attribute.ConstructorArguments[0].Value ?? string.Empty);
            var named = attribute.NamedArguments.ToDictionary(pair => pair.Key, pair => pair.Value.Value);
            HashSet<string> Named(string name) => new HashSet<string>(Words(named.TryGetValue(name, out var value) ? value as string : null), StringComparer.Ordinal);
            var unbound = Named("Unbound");
            var notEmpty = Named("NotEmpty");
            var notNull = Named("NotNull");
            var fromPipeline = !(named.TryGetValue("FromPipeline", out var piped) && Equals(piped, false));
            // A Set- says false as -Archived $false; a New- has nothing to turn off, so its booleans are switches.
            var changesExisting = cmdlet.Name.StartsWith("Set", StringComparison.Ordinal);
            var members = new StringBuilder();
            foreach (var field in WritableField.ParseAll(new[] { (string?)attribute.ConstructorArguments[1].Value ?? string.Empty }))
            {
                var json = field.JsonPath;
                var name = field.Name;
                if (SelfAndBases(cmdlet).Any(type => type.GetMembers(name).OfType<IPropertySymbol>().Any())) continue;
                if (!body.TryGetValue(json, out var member)) return (null, Failure(cmdlet, name, $"the request body has no member '{json}'"));
                var type = changesExisting && member.Type == "boolean" ? "bool?" : ParameterType(member.Type);
                if (type == null) return (null, Failure(cmdlet, name, $"'{json}' is of type {member.Type}, which has no parameter type here"));

                var parameter = new List<string>();
                if (member.Required && !optional) parameter.Add("Mandatory = true");
                if (fromPipeline && !member.Type.EndsWith("[]", StringComparison.Ordinal) && member.Type != "boolean" && !unbound.Contains(json)) parameter.Add("ValueFromPipelineByPropertyName = true");
                members.Append("        [").Append(Automation).Append("Parameter(").Append(string.Join(", ", parameter)).Append(")]\n");
                if (notEmpty.Contains(json)) members.Append("        [").Append(Automation).Append("ValidateNotNullOrEmpty]\n");
                if (notNull.Contains(json)) members.Append("        [").Append(Automation).Append("ValidateNotNull]\n");
                if (member.Values.Length > 0)
                {
                    members.Append("        [").Append(Automation).Append("ValidateSet(").Append(string.Join(", ", member.Values.Select(value => "\"" + value + "\""))).Append(")]\n");
                }
                if (member.Type == "date-time") members.Append("        [global::IntercomPS.Infrastructure.DateTimeOffsetTransformation]\n");
                members.Append("        public ").Append(type).Append(' ').Append(name).Append(" { get; set; }\n\n");
            }
            return (members.ToString(), null);
        }

        /// <summary>The [FieldParameters] of <paramref name="cmdlet"/>; null when it has none.</summary>
        public static AttributeData? Of(INamedTypeSymbol cmdlet) =>
            cmdlet.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass?.ToDisplayString() == AttributeName);

        private static string? ParameterType(string type) => type switch
        {
            "string" => "string?",
            "integer" => "long?",
            "number" => "double?",
            "boolean" => Automation + "SwitchParameter",
            "date-time" => "global::System.DateTimeOffset?",
            "object" => "global::System.Collections.Hashtable?",
            "string[]" => "string[]?",
            "integer[]" => "long[]?",
            _ => null,
        };

        /// <summary>Reads a RequestBodies constant: <c>name:type[!][(a|b)]</c>, separated by spaces.</summary>
        private static Dictionary<string, (string Type, bool Required, string[] Values)> Body(string declared)
        {
            var members = new Dictionary<string, (string, bool, string[])>(StringComparer.Ordinal);
            foreach (var member in Words(declared))
            {
                var colon = member.IndexOf(':');
                var open = member.IndexOf('(');
                var type = open < 0 ? member.Substring(colon + 1) : member.Substring(colon + 1, open - colon - 1);
                var values = open < 0 ? new string[0] : member.Substring(open + 1, member.Length - open - 2).Split('|');
                members[member.Substring(0, colon)] = (type.TrimEnd('!'), type.EndsWith("!", StringComparison.Ordinal), values);
            }
            return members;
        }

        private static string[] Words(string? text) => (text ?? string.Empty).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

        private static Diagnostic Failure(INamedTypeSymbol cmdlet, string parameter, string why) =>
            Diagnostic.Create(UntypedField, cmdlet.Locations.FirstOrDefault() ?? Location.None, cmdlet.Name, parameter, why);
    }
}
