using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace IntercomPS.Generators
{
    /// <summary>
    /// What the generators write against and read with: the module's namespaces, the form of an error they report, and
    /// the walk up a cmdlet's base classes that every rule taken from a base class makes.
    /// </summary>
    internal static class Generated
    {
        public const string Infrastructure = "IntercomPS.Infrastructure.";

        public const string Automation = "global::System.Management.Automation.";

        /// <summary>A build error that says what to do about the cmdlet it names.</summary>
        public static DiagnosticDescriptor Rule(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, "IntercomPS.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

        /// <summary><paramref name="type"/> and the classes it derives from, nearest first; nothing for null.</summary>
        public static IEnumerable<INamedTypeSymbol> SelfAndBases(INamedTypeSymbol? type)
        {
            for (; type != null; type = type.BaseType) yield return type;
        }
    }
}
