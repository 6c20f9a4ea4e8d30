using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static IntercomPS.Generators.Generated;

namespace IntercomPS.Generators
{
    /// <summary>
    /// Writes each cmdlet's [Cmdlet] and [OutputType] attributes from what the class already says: its name
    /// (&lt;Verb&gt;Intercom&lt;Noun&gt;Command gives the verb, the noun and the help page), its generic base class (the output
    /// type), its verb (whether and how strongly it asks before changing anything) and the [CmdletOptions] of the class
    /// and its bases (the default parameter set, paging, an impact other than the verb's). The rules are documented on
    /// CmdletOptionsAttribute, the one place a cmdlet author reads.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CmdletDeclarationGenerator : IIncrementalGenerator
    {
        private const string Suffix = "Command";
        private const string NounPrefix = "Intercom";

        private static readonly HashSet<string> ReadingVerbs = new HashSet<string> { "Get", "Search", "Connect", "Disconnect" };
        private static readonly HashSet<string> LowImpactVerbs = new HashSet<string> { "New", "Add", "Save", "Start" };
        private static readonly HashSet<string> HighImpactVerbs = new HashSet<string> { "Remove", "Block", "Merge", "Clear" };
        private static readonly string[] ImpactNames = { "None", "Low", "Medium", "High" };

        private static readonly DiagnosticDescriptor NotPartial = Rule(
            "IPSGEN002",
            "Cmdlet class is not partial",
            "{0} is a cmdlet: declare it partial, so that IntercomPS.Generators can write its [Cmdlet] attribute from its name");

        private static readonly DiagnosticDescriptor Misnamed = Rule(
            "IPSGEN003",
            "Cmdlet class is not named after its cmdlet",
            "{0} is a cmdlet: name it <Verb>Intercom<Noun>Command (GetIntercomTicketCommand is Get-IntercomTicket)");

        private static readonly DiagnosticDescriptor DeclaredTwice = Rule(
            "IPSGEN004",
            "Cmdlet class declares [Cmdlet]",
            "{0} declares [Cmdlet]: remove it; the class name and [CmdletOptions] say it once");

        private static readonly DiagnosticDescriptor Untyped = Rule(
            "IPSGEN005",
            "Cmdlet output type unknown",
            "{0} has no generic base class to take its output type from: declare [OutputType], or [CmdletOptions(OutputType = ...)] on its base class");

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parts = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax declaration
                                    && declaration.Identifier.ValueText.EndsWith(Suffix)
                                    && !declaration.Modifiers.Any(SyntaxKind.AbstractKeyword),
                static (syntax, token) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token) is INamedTypeSymbol type && IsCmdlet(type)
                                           && type.DeclaringSyntaxReferences[0].GetSyntax(token) == syntax.Node // once per class, however many parts it has
                    ? Declare(type)
                    : null);
            context.RegisterSourceOutput(parts, static (output, part) => part?.AddTo(output));
        }

        private static bool IsCmdlet(INamedTypeSymbol type) =>
            SelfAndBases(type.BaseType).Any(baseType => baseType.ToDisplayString() == Infrastructure + "IntercomCmdlet");

        private static GeneratedPart Declare(INamedTypeSymbol type)
        {
            var location = type.Locations.FirstOrDefault() ?? Location.None;
            GeneratedPart Fail(DiagnosticDescriptor rule) => GeneratedPart.Failed(Diagnostic.Create(rule, location, type.Name));

            var declarations = type.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()).OfType<ClassDeclarationSyntax>().ToList();
            if (!declarations.Any(declaration => declaration.Modifiers.Any(SyntaxKind.PartialKeyword))) return Fail(NotPartial);
            var own = type.GetAttributes();
            if (own.Any(attribute => attribute.AttributeClass?.Name == "CmdletAttribute")) return Fail(DeclaredTwice);

            var name = type.Name;
            var nounAt = name.IndexOf(NounPrefix, System.StringComparison.Ordinal);
            if (nounAt <= 0) return Fail(Misnamed);
            var verb = name.Substring(0, nounAt);
            var noun = name.Substring(nounAt, name.Length - nounAt - Suffix.Length);

            var cmdlet = new StringBuilder()
                .Append("    [").Append(Automation).Append("Cmdlet(\"").Append(verb).Append("\", \"").Append(noun)
                .Append("\", HelpUri = global::").Append(Infrastructure).Append("HelpUris.Cmdlets + \"").Append(verb).Append('-').Append(noun).Append(".md\"");
            var options = Options(type);
            if (options.TryGetValue("DefaultParameterSetName", out var set) && set.Value is string setName)
            {
                cmdlet.Append(", DefaultParameterSetName = ").Append(SymbolDisplay.FormatLiteral(setName, quote: true));
            }
            if (options.TryGetValue("SupportsPaging", out var paging) && paging.Value is true) cmdlet.Append(", SupportsPaging = true");
            if (!ReadingVerbs.Contains(verb))
            {
                var impact = options.TryGetValue("ConfirmImpact", out var stated) && stated.Value is int level ? level : VerbImpact(verb);
                cmdlet.Append(", SupportsShouldProcess = true, ConfirmImpact = ").Append(Automation).Append("ConfirmImpact.").Append(ImpactNames[impact]);
            }
            cmdlet.Append(")]\n");

            if (!own.Any(attribute => attribute.AttributeClass?.Name == "OutputTypeAttribute"))
            {
                var output = options.TryGetValue("OutputType", out var named) && named.Value is ITypeSymbol given ? given : OutputType(type);
                if (output == null) return Fail(Untyped);
                cmdlet.Append("    [").Append(Automation).Append("OutputType(typeof(").Append(output.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).Append("))]\n");
            }
            return GeneratedPart.Of(type, "Cmdlet", cmdlet.ToString(), string.Empty);
        }

        private static int VerbImpact(string verb) => LowImpactVerbs.Contains(verb) ? 1 : HighImpactVerbs.Contains(verb) ? 3 : 2;

        /// <summary>The [CmdletOptions] in force: each option from the nearest class, the cmdlet's own first, that gives it.</summary>
        private static Dictionary<string, TypedConstant> Options(INamedTypeSymbol type)
        {
            var options = new Dictionary<string, TypedConstant>();
            foreach (var level in SelfAndBases(type))
            {
                foreach (var attribute in level.GetAttributes().Where(attribute => attribute.AttributeClass?.ToDisplayString() == Infrastructure + "CmdletOptionsAttribute"))
                {
                    if (attribute.ConstructorArguments.Length == 1 && !options.ContainsKey("ConfirmImpact")) options["ConfirmImpact"] = attribute.ConstructorArguments[0];
                    foreach (var pair in attribute.NamedArguments)
                    {
                        if (!options.ContainsKey(pair.Key)) options[pair.Key] = pair.Value;
                    }
                }
            }
            return options;
        }

        /// <summary>The type argument of the nearest generic base class (GetObjectCmdlet&lt;Admin&gt;: Admin), or null.</summary>
        private static ITypeSymbol? OutputType(INamedTypeSymbol type) =>
            SelfAndBases(type.BaseType).FirstOrDefault(baseType => baseType.IsGenericType)?.TypeArguments[0];
    }
}
