using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static IntercomPS.Generators.Generated;

namespace IntercomPS.Generators
{
    /// <summary>
    /// Writes the parameters that whole families of cmdlets declare alike, from one attribute on each partial cmdlet:
    /// [IdParameter("TicketId")] gives -Id (string[] read as Ids on a GetObjectCmdlet, as Keys on a QueryLookupCmdlet;
    /// string read as AddressedId on an ObjectChangeCmdlet, as ItemId on a DownloadCmdlet);
    /// [ParentIdParameter("HelpCenterId", "help_center_id")] gives the id of the parent the objects live under, read
    /// as ScopeValues; [PassThruParameter] gives -PassThru and makes WritesResults follow it; [SearchQueryParameters]
    /// gives a Search-* -Query, -Filter and -ShowQuery; [FieldParameters] gives a change cmdlet its resource's writable
    /// fields as parameters (see <see cref="FieldParameters"/>); [OptionalParametersOf(typeof(NewX))] gives a Set-* the
    /// New-* cmdlet's field parameters, none mandatory. The shape of each lives here once, so a cmdlet file says only what
    /// is its own.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CmdletParameterGenerator : IIncrementalGenerator
    {
        private static readonly DiagnosticDescriptor MisplacedAttribute = Rule(
            "IPSGEN001",
            "Parameter attribute on a cmdlet of another kind",
            "{0} cannot take [{1}]: [IdParameter] needs a GetObjectCmdlet<T>, QueryLookupCmdlet<T>, ObjectChangeCmdlet<TResult> or DownloadCmdlet base class (read as Ids, Keys, AddressedId or ItemId), [ParentIdParameter] one with ScopeValues; declare the parameter by hand elsewhere");

        private const string SearchQueryMembers =
            "        [" + Automation + "Parameter(Position = 0)]\n" +
            "        [" + Automation + "ValidateNotNull]\n" +
            "        public object? Query { get; set; }\n\n" +
            "        [" + Automation + "Parameter]\n" +
            "        [" + Automation + "ValidateNotNull]\n" +
            "        public " + Automation + "ScriptBlock? Filter { get; set; }\n\n" +
            "        [" + Automation + "Parameter]\n" +
            "        public " + Automation + "SwitchParameter ShowQuery { get; set; }\n";

        private const string PassThruMembers =
            "        /// <summary>Writes each changed object as Intercom answers it.</summary>\n" +
            "        [" + Automation + "Parameter]\n" +
            "        public " + Automation + "SwitchParameter PassThru { get; set; }\n\n" +
            "        protected override bool WritesResults => PassThru.IsPresent;\n";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            Register(context, "IdParameter", (type, attribute) => IdMembers(type, attribute, parent: false));
            Register(context, "ParentIdParameter", (type, attribute) => IdMembers(type, attribute, parent: true));
            Register(context, "OptionalParametersOf", (_, attribute) => attribute.ConstructorArguments[0].Value is INamedTypeSymbol create ? OptionalParameters(create) : null);
            Register(context, "FieldParameters", (type, attribute) => FieldParameters.Write(type, attribute, optional: false));
            Register(context, "SearchQueryParameters", (_, _) => SearchQueryMembers);
            Register(context, "PassThruParameter", (_, _) => PassThruMembers);
        }

        /// <summary>Writes, for each partial type carrying [<paramref name="attribute"/>], the members it stands for (null: it does not fit the type).</summary>
        private static void Register(IncrementalGeneratorInitializationContext context, string attribute, Func<INamedTypeSymbol, AttributeData, string?> members) =>
            Register(context, attribute, (type, data) => members(type, data) is string written
                ? (written, (Diagnostic?)null)
                : (null, Diagnostic.Create(MisplacedAttribute, type.Locations.FirstOrDefault() ?? Location.None, type.Name, attribute)));

        /// <summary>Writes, for each partial type carrying [<paramref name="attribute"/>], the members it stands for or the error that says why it cannot.</summary>
        private static void Register(IncrementalGeneratorInitializationContext context, string attribute, Func<INamedTypeSymbol, AttributeData, (string? Members, Diagnostic? Failure)> members)
        {
            var parts = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + attribute + "Attribute",
                static (_, _) => true,
                (attributed, _) =>
                {
                    var type = (INamedTypeSymbol)attributed.TargetSymbol;
                    var (written, failure) = members(type, attributed.Attributes[0]);
                    return failure != null ? GeneratedPart.Failed(failure) : GeneratedPart.Of(type, attribute, string.Empty, written!);
                });
            context.RegisterSourceOutput(parts, static (output, part) => part.AddTo(output));
        }

        /// <summary>
        /// An id parameter: the object's own (its kind, and so its type and the member that reads it, from the base
        /// class), or its parent's (a string read as ScopeValues under the placeholder named). Null when the base class
        /// reads no such id.
        /// </summary>
        private static string? IdMembers(INamedTypeSymbol type, AttributeData attribute, bool parent)
        {
            var named = attribute.NamedArguments.ToDictionary(pair => pair.Key, pair => pair.Value);
            T Named<T>(string name, T otherwise) => named.TryGetValue(name, out var value) && value.Value is T given ? given : otherwise;

            var reader = parent ? (BaseDeclares(type, "ScopeValues") ? "ScopeValues" : null) : IdReader(type);
            if (reader == null) return null;
            var name = parent ? (string)attribute.ConstructorArguments[0].Value! : Named("Name", "Id");
            var many = reader == "Ids" || reader == "Keys";
            var aliases = parent
                ? (named.TryGetValue("Alias", out var alias) ? ImmutableArray.Create(alias) : ImmutableArray<TypedConstant>.Empty)
                : attribute.ConstructorArguments[0].Values;

            var parameter = new StringBuilder(reader == "Ids" ? "ParameterSetName = IdSet, " : string.Empty)
                .Append("Mandatory = true, Position = ").Append(Named("Position", 0));
            if (Named("ValueFromPipeline", !parent)) parameter.Append(", ValueFromPipeline = true");
            if (Named("ValueFromPipelineByPropertyName", true)) parameter.Append(", ValueFromPipelineByPropertyName = true");

            var members = new StringBuilder();
            members.Append("        [").Append(Automation).Append("Parameter(").Append(parameter).Append(")]\n");
            if (aliases.Length > 0) members.Append("        [").Append(Automation).Append("Alias(").Append(string.Join(", ", aliases.Select(each => each.ToCSharpString()))).Append(")]\n");
            if (Named<ITypeSymbol?>("Completer", null) is ITypeSymbol completer)
            {
                members.Append("        [").Append(Automation).Append("ArgumentCompleter(typeof(").Append(completer.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).Append("))]\n");
            }
            members.Append("        [").Append(Automation).Append("ValidateNotNullOrEmpty]\n")
                .Append(many ? "        public string[] " : "        public string ").Append(name)
                .Append(many ? " { get; set; } = new string[0];\n\n" : " { get; set; } = string.Empty;\n\n");
            members.Append(reader switch
            {
                "ScopeValues" => "        protected override global::System.Collections.Generic.IReadOnlyDictionary<string, string> ScopeValues => "
                    + "global::IntercomPS.Engine.Resources.Declarations.PathValues.Of(\"" + attribute.ConstructorArguments[1].Value + "\", " + name + ");\n",
                "AddressedId" or "ItemId" => "        protected override string " + reader + " => " + name + ";\n",
                _ => "        protected override string[] " + reader + " => " + name + ";\n",
            });
            return members.ToString();
        }

        /// <summary>The member through which the base class reads an object's own id: Ids, Keys, AddressedId or ItemId; null for none.</summary>
        private static string? IdReader(INamedTypeSymbol type)
        {
            foreach (var baseType in SelfAndBases(type.BaseType))
            {
                switch (baseType.OriginalDefinition.ToDisplayString())
                {
                    case Infrastructure + "GetObjectCmdlet<T>": return "Ids";
                    case Infrastructure + "QueryLookupCmdlet<T>": return "Keys";
                    case Infrastructure + "ObjectChangeCmdlet<TResult>": return "AddressedId";
                    case Infrastructure + "DownloadCmdlet": return "ItemId";
                }
            }
            return null;
        }

        private static bool BaseDeclares(INamedTypeSymbol type, string member) => SelfAndBases(type.BaseType).Any(baseType => baseType.GetMembers(member).Any());

        /// <summary>The parameters a New-* cmdlet declares or is given by [FieldParameters], as a Set-* cmdlet declares them again: none mandatory.</summary>
        private static string OptionalParameters(INamedTypeSymbol createCmdlet)
        {
            var members = new StringBuilder(FieldParameters.Of(createCmdlet) is AttributeData fields ? FieldParameters.Write(createCmdlet, fields, optional: true).Members : null);
            foreach (var property in createCmdlet.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "ParameterAttribute")) continue;
                if (!(property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax declaration)) continue;
                foreach (var attribute in declaration.AttributeLists.SelectMany(list => list.Attributes))
                {
                    var text = attribute.ToString();
                    if (attribute.Name.ToString() == "Parameter" && attribute.ArgumentList != null)
                    {
                        var kept = attribute.ArgumentList.Arguments.Where(argument => argument.NameEquals?.Name.Identifier.Text != "Mandatory");
                        text = "Parameter(" + string.Join(", ", kept.Select(argument => argument.ToString())) + ")";
                    }
                    members.Append("        [").Append(text).Append("]\n");
                }
                members.Append("        public ").Append(declaration.Type).Append(' ').Append(property.Name).Append(" { get; set; }")
                    .Append(declaration.Initializer == null ? "\n\n" : " " + declaration.Initializer + ";\n\n");
            }
            return members.ToString();
        }
    }
}
