using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Microsoft.CodeAnalysis;

namespace IntercomPS.Generators.Tests
{
    /// <summary>
    /// The [Cmdlet] and [OutputType] attributes the generator writes, read back from the compiled cmdlet as PowerShell
    /// would read them, over the real CmdletOptionsAttribute and HelpUris sources and a small base-class hierarchy
    /// shaped like the module's.
    /// </summary>
    public sealed class CmdletDeclarationGeneratorTests
    {
        private const string Bases = @"
namespace IntercomPS.Infrastructure
{
    public abstract class IntercomCmdlet : PSCmdlet { }

    [CmdletOptions(SupportsPaging = true)]
    public abstract class ListCmdlet<T> : IntercomCmdlet { protected const string ListSet = ""List""; }

    [CmdletOptions(DefaultParameterSetName = ListSet)]
    public abstract class GetCmdlet<T> : ListCmdlet<T> { protected const string IdSet = ""Id""; }

    public abstract class ChangeCmdlet<T> : IntercomCmdlet { }

    public abstract class PlainCmdlet : IntercomCmdlet { }

    [CmdletOptions(OutputType = typeof(System.IO.FileInfo))]
    public abstract class DownloadCmdlet : IntercomCmdlet { }
}
namespace IntercomPS.Models
{
    public sealed class Ticket { }
    public sealed class Note { }
}";

        [Fact]
        public void A_get_cmdlet_takes_its_name_help_page_output_and_paging_from_its_class()
        {
            var cmdlet = Cmdlet(Compile("public sealed partial class GetIntercomTicketCommand : GetCmdlet<Ticket> { }"), "GetIntercomTicketCommand");

            Assert.Equal("Get", cmdlet.Verb);
            Assert.Equal("IntercomTicket", cmdlet.Noun);
            Assert.Equal(HelpUri("Get-IntercomTicket"), cmdlet.Named["HelpUri"]);
            Assert.Equal("List", cmdlet.Named["DefaultParameterSetName"]);
            Assert.Equal(true, cmdlet.Named["SupportsPaging"]);
            Assert.False(cmdlet.Named.ContainsKey("SupportsShouldProcess"));
            Assert.Equal(new[] { "IntercomPS.Models.Ticket" }, cmdlet.OutputTypes);
        }

        [Theory]
        [InlineData("New", ConfirmImpact.Low)]
        [InlineData("Add", ConfirmImpact.Low)]
        [InlineData("Remove", ConfirmImpact.High)]
        [InlineData("Clear", ConfirmImpact.High)]
        [InlineData("Set", ConfirmImpact.Medium)]
        [InlineData("Send", ConfirmImpact.Medium)]
        public void A_change_asks_first_at_its_verbs_impact(string verb, ConfirmImpact impact)
        {
            var name = verb + "IntercomTicketCommand";
            var cmdlet = Cmdlet(Compile($"public sealed partial class {name} : ChangeCmdlet<Ticket> {{ }}"), name);

            Assert.Equal(true, cmdlet.Named["SupportsShouldProcess"]);
            Assert.Equal((int)impact, cmdlet.Named["ConfirmImpact"]);
            Assert.False(cmdlet.Named.ContainsKey("SupportsPaging"));
        }

        [Fact]
        public void A_verb_made_of_two_words_is_read_whole()
        {
            var cmdlet = Cmdlet(Compile("public sealed partial class ConvertToIntercomTicketCommand : ChangeCmdlet<Ticket> { }"), "ConvertToIntercomTicketCommand");

            Assert.Equal("ConvertTo", cmdlet.Verb);
            Assert.Equal("IntercomTicket", cmdlet.Noun);
        }

        [Fact]
        public void The_cmdlets_own_options_replace_its_bases_one_by_one()
        {
            var compiled = Compile(@"
[CmdletOptions(ConfirmImpact.Medium)]
public sealed partial class RemoveIntercomTicketCommand : ChangeCmdlet<Ticket> { }

[CmdletOptions(DefaultParameterSetName = IdSet)]
public sealed partial class GetIntercomNoteCommand : GetCmdlet<Note> { }

[CmdletOptions(DefaultParameterSetName = null, SupportsPaging = false)]
public sealed partial class GetIntercomTicketCommand : GetCmdlet<Ticket> { }");

            Assert.Equal((int)ConfirmImpact.Medium, Cmdlet(compiled, "RemoveIntercomTicketCommand").Named["ConfirmImpact"]);
            var byId = Cmdlet(compiled, "GetIntercomNoteCommand");
            Assert.Equal("Id", byId.Named["DefaultParameterSetName"]);
            Assert.Equal(true, byId.Named["SupportsPaging"]);
            var plain = Cmdlet(compiled, "GetIntercomTicketCommand");
            Assert.False(plain.Named.ContainsKey("DefaultParameterSetName"));
            Assert.False(plain.Named.ContainsKey("SupportsPaging"));
        }

        [Fact]
        public void An_output_type_the_cmdlet_declares_is_the_only_one()
        {
            var cmdlet = Cmdlet(Compile(@"
[OutputType(typeof(void))]
public sealed partial class RemoveIntercomNoteCommand : ChangeCmdlet<Note> { }"), "RemoveIntercomNoteCommand");

            Assert.Equal(new[] { "System.Void" }, cmdlet.OutputTypes);
        }

        [Fact]
        public void An_output_type_a_base_class_names_holds_for_its_cmdlets()
        {
            var cmdlet = Cmdlet(Compile("public sealed partial class SaveIntercomNoteCommand : DownloadCmdlet { }"), "SaveIntercomNoteCommand");

            Assert.Equal(new[] { "System.IO.FileInfo" }, cmdlet.OutputTypes);
        }

        [Fact]
        public void A_class_that_is_no_cmdlet_is_left_alone()
        {
            var compiled = Compile("public sealed class ReadIntercomNoteCommand { }");

            Assert.Empty(compiled.GeneratorErrors);
            Assert.Empty(compiled.Type("ReadIntercomNoteCommand").GetAttributes());
        }

        [Theory]
        [InlineData("public sealed class GetIntercomNoteCommand : GetCmdlet<Note> { }", "IPSGEN002")]
        [InlineData("public sealed partial class NoteReaderCommand : GetCmdlet<Note> { }", "IPSGEN003")]
        [InlineData("[Cmdlet(VerbsCommon.Get, \"IntercomNote\")] public sealed partial class GetIntercomNoteCommand : GetCmdlet<Note> { }", "IPSGEN004")]
        [InlineData("public sealed partial class GetIntercomNoteCommand : PlainCmdlet { }", "IPSGEN005")]
        public void A_cmdlet_the_generator_cannot_declare_fails_the_build_saying_what_to_do(string source, string diagnostic)
        {
            var compiled = Compile(source);

            var error = Assert.Single(compiled.GeneratorErrors);
            Assert.Equal(diagnostic, error.Id);
            Assert.Contains(source.Contains("NoteReader") ? "NoteReaderCommand" : "GetIntercomNoteCommand", error.GetMessage());
        }

        private static string HelpUri(string cmdlet) => "https://github.com/intercomps/IntercomPS/blob/main/docs/cmdlets/" + cmdlet + ".md";

        private static GeneratorRun Compile(string cmdlets) =>
            GeneratorRun.Compile(new CmdletDeclarationGenerator(), Bases, cmdlets, "CmdletOptionsAttribute.cs", "HelpUris.cs");

        /// <summary>The cmdlet's declaration, once the generated source compiles with no error at all.</summary>
        private static CmdletDeclaration Cmdlet(GeneratorRun compiled, string name)
        {
            var attributes = compiled.Compiled(name).GetAttributes();
            var cmdlet = Assert.Single(attributes, attribute => attribute.AttributeClass?.Name == nameof(CmdletAttribute));
            var outputs = attributes.Where(attribute => attribute.AttributeClass?.Name == nameof(OutputTypeAttribute))
                .SelectMany(attribute => attribute.ConstructorArguments[0].Values)
                .Select(type => (ITypeSymbol)type.Value!)
                .Select(type => type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName)
                .ToArray();
            return new CmdletDeclaration(
                (string)cmdlet.ConstructorArguments[0].Value!,
                (string)cmdlet.ConstructorArguments[1].Value!,
                cmdlet.NamedArguments.ToDictionary(pair => pair.Key, pair => pair.Value.Value),
                outputs);
        }

        private sealed record CmdletDeclaration(string Verb, string Noun, IReadOnlyDictionary<string, object?> Named, string[] OutputTypes);
    }
}
