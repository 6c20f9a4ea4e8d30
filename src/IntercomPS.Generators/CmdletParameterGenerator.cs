using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntercomPS.Generators
{
    /// <summary>
    /// Writes the parameters that whole families of cmdlets declare alike, from one attribute on each partial cmdlet:
    /// [IdParameter("TicketId")] gives -Id (string[] read as Ids on a GetObjectCmdlet, as Keys on a QueryLookupCmdlet;
    /// string read as AddressedId on an ObjectChangeCmdlet); [PassThruParameter] gives -PassThru and makes WritesResults
    /// follow it; [ParentIdParameter("HelpCenterId", "help_center_id")] gives the id of the parent the objects live under,
    /// read as ScopeValues; [SearchQueryParameters] gives a Search-* -Query, -Filter and -ShowQuery;
    /// [OptionalParametersOf(typeof(NewX))] gives a Set-* the New-* cmdlet's field parameters, none mandatory.
    /// The shape of each lives here once, so a cmdlet file says only what is its own.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CmdletParameterGenerator : IIncrementalGenerator
    {
        private const string Infrastructure = "IntercomPS.Infrastructure.";
        private const string Automation = "global::System.Management.Automation.";

        private static readonly DiagnosticDescriptor UnknownIdKind = new DiagnosticDescriptor(
            "IPSGEN001",
            "IdParameter or ParentIdParameter on a cmdlet of another kind",
            "{0} needs a GetObjectCmdlet<T>, QueryLookupCmdlet<T> or ObjectChangeCmdlet<TResult> base class for [IdParameter] (which read the id as Ids, Keys or AddressedId), a ListObjectCmdlet<T> or ObjectChangeCmdlet<TResult> for [ParentIdParameter] (ScopeValues); declare the id by hand elsewhere",
            "IntercomPS.Generators",
            DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var ids = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + "IdParameterAttribute",
                static (node, _) => true,
                static (attributed, _) => IdDeclaration.Read((INamedTypeSymbol)attributed.TargetSymbol, attributed.Attributes[0]));
            context.RegisterSourceOutput(ids, static (output, id) =>
            {
                if (id.Kind == IdKind.Unknown)
                {
                    output.ReportDiagnostic(Diagnostic.Create(UnknownIdKind, id.Type.Location, id.Type.Name));
                    return;
                }
                output.AddSource(id.Type.HintName + ".Id.g.cs", id.Type.Wrap(id.Members()));
            });

            var parents = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + "ParentIdParameterAttribute",
                static (node, _) => true,
                static (attributed, _) => IdDeclaration.Read((INamedTypeSymbol)attributed.TargetSymbol, attributed.Attributes[0], parent: true));
            context.RegisterSourceOutput(parents, static (output, parent) =>
            {
                if (parent.Kind == IdKind.Unknown)
                {
                    output.ReportDiagnostic(Diagnostic.Create(UnknownIdKind, parent.Type.Location, parent.Type.Name));
                    return;
                }
                output.AddSource(parent.Type.HintName + ".ParentId.g.cs", parent.Type.Wrap(parent.Members()));
            });

            var optionals = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + "OptionalParametersOfAttribute",
                static (node, _) => true,
                static (attributed, _) => (
                    Type: PartialType.Of((INamedTypeSymbol)attributed.TargetSymbol),
                    Members: attributed.Attributes[0].ConstructorArguments[0].Value is INamedTypeSymbol create ? OptionalParameters(create) : string.Empty));
            context.RegisterSourceOutput(optionals, static (output, optional) => output.AddSource(optional.Type.HintName + ".Fields.g.cs", optional.Type.Wrap(optional.Members)));

            var searches = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + "SearchQueryParametersAttribute",
                static (node, _) => true,
                static (attributed, _) => PartialType.Of((INamedTypeSymbol)attributed.TargetSymbol));
            context.RegisterSourceOutput(searches, static (output, type) => output.AddSource(type.HintName + ".Search.g.cs", type.Wrap(
                "        [" + Automation + "Parameter(Position = 0)]\n" +
                "        [" + Automation + "ValidateNotNull]\n" +
                "        public object? Query { get; set; }\n\n" +
                "        [" + Automation + "Parameter]\n" +
                "        [" + Automation + "ValidateNotNull]\n" +
                "        public " + Automation + "ScriptBlock? Filter { get; set; }\n\n" +
                "        [" + Automation + "Parameter]\n" +
                "        public " + Automation + "SwitchParameter ShowQuery { get; set; }\n")));

            var passThrus = context.SyntaxProvider.ForAttributeWithMetadataName(
                Infrastructure + "PassThruParameterAttribute",
                static (node, _) => true,
                static (attributed, _) => PartialType.Of((INamedTypeSymbol)attributed.TargetSymbol));
            context.RegisterSourceOutput(passThrus, static (output, type) => output.AddSource(type.HintName + ".PassThru.g.cs", type.Wrap(
                "        /// <summary>Writes each changed object as Intercom answers it.</summary>\n" +
                "        [" + Automation + "Parameter]\n" +
                "        public " + Automation + "SwitchParameter PassThru { get; set; }\n\n" +
                "        protected override bool WritesResults => PassThru.IsPresent;\n")));
        }

        /// <summary>The parameters a New-* cmdlet declares, as a Set-* cmdlet declares them again: none mandatory.</summary>
        private static string OptionalParameters(INamedTypeSymbol createCmdlet)
        {
            var members = new StringBuilder();
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
                    .Append(declaration.Initializer == null ? string.Empty : " " + declaration.Initializer).Append(declaration.Initializer == null ? "\n\n" : ";\n\n");
            }
            return members.ToString();
        }

        private enum IdKind
        {
            Unknown,
            ManyLookedUp,
            ManyQueried,
            OneChanged,
            Parent,
        }

        /// <summary>Where the partial half of a type goes: its namespace and its name with type parameters.</summary>
        private sealed class PartialType : System.IEquatable<PartialType>
        {
            private PartialType(string ns, string name, string hintName, Location location)
            {
                Namespace = ns;
                Name = name;
                HintName = hintName;
                Location = location;
            }

            public string Namespace { get; }

            public string Name { get; }

            public string HintName { get; }

            public Location Location { get; }

            public static PartialType Of(INamedTypeSymbol type) => new PartialType(
                type.ContainingNamespace.ToDisplayString(),
                type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                type.ToDisplayString().Replace('<', '{').Replace('>', '}'),
                type.Locations.FirstOrDefault() ?? Location.None);

            public string Wrap(string members) =>
                "// <auto-generated by IntercomPS.Generators/>\n#nullable enable\n\nnamespace " + Namespace + "\n{\n    partial class " + Name + "\n    {\n" + members + "    }\n}\n";

            public bool Equals(PartialType? other) => other != null && other.HintName == HintName && other.Location.Equals(Location);

            public override bool Equals(object? obj) => Equals(obj as PartialType);

            public override int GetHashCode() => HintName.GetHashCode();
        }

        private sealed class IdDeclaration : System.IEquatable<IdDeclaration>
        {
            private IdDeclaration(PartialType type, IdKind kind, string name, string? placeholder, string parameter, string aliases, string? completer)
            {
                Placeholder = placeholder;
                Type = type;
                Kind = kind;
                Name = name;
                Parameter = parameter;
                Aliases = aliases;
                Completer = completer;
            }

            public PartialType Type { get; }

            public IdKind Kind { get; }

            /// <summary>The property's name: Id unless the attribute names another (RedirectId, where a piped parent's Id must not bind).</summary>
            public string Name { get; }

            /// <summary>For a parent's id, the path placeholder it fills (help_center_id).</summary>
            public string? Placeholder { get; }

            /// <summary>The named arguments of [Parameter], as written.</summary>
            public string Parameter { get; }

            /// <summary>The arguments of [Alias], as written; empty for none.</summary>
            public string Aliases { get; }

            public string? Completer { get; }

            public static IdDeclaration Read(INamedTypeSymbol type, AttributeData attribute, bool parent = false)
            {
                var kind = parent ? (HasScope(type) ? IdKind.Parent : IdKind.Unknown) : KindOf(type);
                var named = attribute.NamedArguments.ToDictionary(pair => pair.Key, pair => pair.Value);
                var name = parent ? (string)attribute.ConstructorArguments[0].Value!
                    : named.TryGetValue("Name", out var text) && text.Value is string given ? given : "Id";
                var placeholder = parent ? (string)attribute.ConstructorArguments[1].Value! : null;
                var position = named.TryGetValue("Position", out var value) ? (int)value.Value! : 0;
                var byValue = named.TryGetValue("ValueFromPipeline", out value) ? (bool)value.Value! : !parent;
                var byName = !named.TryGetValue("ValueFromPipelineByPropertyName", out value) || (bool)value.Value!;
                var completer = named.TryGetValue("Completer", out value) && value.Value is ITypeSymbol completerType
                    ? completerType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                    : null;
                var aliases = parent
                    ? (named.TryGetValue("Alias", out value) ? ImmutableArray.Create(value) : ImmutableArray<TypedConstant>.Empty)
                    : attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                        ? attribute.ConstructorArguments[0].Values
                        : attribute.ConstructorArguments;

                var parameter = new StringBuilder();
                if (kind == IdKind.ManyLookedUp) parameter.Append("ParameterSetName = IdSet, ");
                parameter.Append("Mandatory = true, Position = ").Append(position);
                if (byValue) parameter.Append(", ValueFromPipeline = true");
                if (byName) parameter.Append(", ValueFromPipelineByPropertyName = true");
                return new IdDeclaration(
                    PartialType.Of(type),
                    kind,
                    name,
                    placeholder,
                    parameter.ToString(),
                    string.Join(", ", aliases.Select(alias => alias.ToCSharpString())),
                    completer);
            }

            private static bool HasScope(INamedTypeSymbol type)
            {
                for (var baseType = type.BaseType; baseType != null; baseType = baseType.BaseType)
                {
                    if (baseType.GetMembers("ScopeValues").Any()) return true;
                }
                return false;
            }

            private static IdKind KindOf(INamedTypeSymbol type)
            {
                for (var baseType = type.BaseType; baseType != null; baseType = baseType.BaseType)
                {
                    var name = baseType.OriginalDefinition.ToDisplayString();
                    if (name == Infrastructure + "GetObjectCmdlet<T>") return IdKind.ManyLookedUp;
                    if (name == Infrastructure + "QueryLookupCmdlet<T>") return IdKind.ManyQueried;
                    if (name == Infrastructure + "ObjectChangeCmdlet<TResult>") return IdKind.OneChanged;
                }
                return IdKind.Unknown;
            }

            public string Members()
            {
                var members = new StringBuilder();
                members.Append("        [").Append(Automation).Append("Parameter(").Append(Parameter).Append(")]\n");
                if (Aliases.Length > 0) members.Append("        [").Append(Automation).Append("Alias(").Append(Aliases).Append(")]\n");
                if (Completer != null) members.Append("        [").Append(Automation).Append("ArgumentCompleter(typeof(").Append(Completer).Append("))]\n");
                members.Append("        [").Append(Automation).Append("ValidateNotNullOrEmpty]\n");
                members.Append(Kind switch
                {
                    IdKind.ManyLookedUp => "        public string[] " + Name + " { get; set; } = new string[0];\n\n        protected override string[] Ids => " + Name + ";\n",
                    IdKind.Parent => "        public string " + Name + " { get; set; } = string.Empty;\n\n"
                        + "        protected override global::System.Collections.Generic.IReadOnlyDictionary<string, string> ScopeValues => "
                        + "global::IntercomPS.Engine.Resources.Declarations.PathValues.Of(\"" + Placeholder + "\", " + Name + ");\n",
                    IdKind.ManyQueried => "        public string[] " + Name + " { get; set; } = new string[0];\n\n        protected override string[] Keys => " + Name + ";\n",
                    _ => "        public string " + Name + " { get; set; } = string.Empty;\n\n        protected override string AddressedId => " + Name + ";\n",
                });
                return members.ToString();
            }

            public bool Equals(IdDeclaration? other) => other != null && other.Type.Equals(Type) && other.Kind == Kind && other.Name == Name && other.Placeholder == Placeholder
                && other.Parameter == Parameter && other.Aliases == Aliases && other.Completer == Completer;

            public override bool Equals(object? obj) => Equals(obj as IdDeclaration);

            public override int GetHashCode() => Type.GetHashCode();
        }
    }
}
