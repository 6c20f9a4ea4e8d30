using Microsoft.CodeAnalysis;

namespace IntercomPS.Generators
{
    /// <summary>What the generators write against: the module's namespaces, and the form of an error they report.</summary>
    internal static class Generated
    {
        public const string Infrastructure = "IntercomPS.Infrastructure.";

        public const string Automation = "global::System.Management.Automation.";

        /// <summary>A build error that says what to do about the cmdlet it names.</summary>
        public static DiagnosticDescriptor Rule(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, "IntercomPS.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
