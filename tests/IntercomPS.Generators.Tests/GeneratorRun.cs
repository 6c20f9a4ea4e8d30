using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntercomPS.Generators.Tests
{
    /// <summary>Runs one of the module's generators over sources compiled against the real PowerShell types, as the build does.</summary>
    internal static class GeneratorRun
    {
        /// <summary>The compilation with the generated sources added, and the errors the generator reported.</summary>
        public static (Compilation Output, IReadOnlyList<Diagnostic> GeneratorErrors) Compile(IIncrementalGenerator generator, IEnumerable<string> sources)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Append(typeof(PSCmdlet).Assembly.Location)
                .Distinct()
                .Select(path => MetadataReference.CreateFromFile(path));
            var compilation = CSharpCompilation.Create(
                "Cmdlets",
                sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: parse)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return (output, diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList());
        }
    }
}
