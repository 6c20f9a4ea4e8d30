using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using IntercomPS.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntercomPS.Generators.Tests
{
    /// <summary>
    /// Runs one of the module's generators, as the build does, over cmdlet sources compiled against the real PowerShell
    /// types, the real attribute sources named from src/IntercomPS/Infrastructure, and base classes shaped like the module's.
    /// </summary>
    internal sealed class GeneratorRun
    {
        private readonly Compilation _compilation;

        private GeneratorRun(Compilation compilation, IReadOnlyList<Diagnostic> generatorErrors)
        {
            _compilation = compilation;
            GeneratorErrors = generatorErrors;
        }

        /// <summary>The errors the generator reported.</summary>
        public IReadOnlyList<Diagnostic> GeneratorErrors { get; }

        /// <param name="bases">The base classes and models the cmdlets derive from and name.</param>
        /// <param name="cmdlets">The cmdlet classes, compiled in the namespace IntercomPS.Cmdlets.</param>
        /// <param name="infrastructureFiles">Files of src/IntercomPS/Infrastructure compiled as they are (the attributes the generator reads).</param>
        public static GeneratorRun Compile(IIncrementalGenerator generator, string bases, string cmdlets, params string[] infrastructureFiles)
        {
            var sources = new[]
            {
                "global using System;\nglobal using System.Management.Automation;\nglobal using IntercomPS.Infrastructure;\nglobal using IntercomPS.Models;",
                bases,
                "namespace IntercomPS.Cmdlets\n{\n" + cmdlets + "\n}",
            }.Concat(infrastructureFiles.Select(file => File.ReadAllText(Path.Combine(RepositoryLayout.RepositoryRoot, "src", "IntercomPS", "Infrastructure", file))));
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
            return new GeneratorRun(output, diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList());
        }

        public INamedTypeSymbol Type(string name) =>
            _compilation.GetTypeByMetadataName("IntercomPS.Cmdlets." + name) ?? throw new InvalidOperationException(name + " not compiled");

        /// <summary>The cmdlet class, once the generated source compiles with no error at all.</summary>
        public INamedTypeSymbol Compiled(string name)
        {
            Assert.Empty(GeneratorErrors);
            Assert.Empty(_compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            return Type(name);
        }
    }
}
