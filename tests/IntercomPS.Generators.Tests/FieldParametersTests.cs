using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntercomPS.Generators.Tests
{
    /// <summary>
    /// The parameters [FieldParameters] writes from a resource's field list and the description's request body (and
    /// that [OptionalParametersOf] copies onto a Set-*), read back from the compiled symbols, over the real attribute
    /// sources.
    /// </summary>
    public sealed class FieldParametersTests
    {
        private const string Body = "title:string! author_id:integer! state:string(published|draft) body:string body_markdown:string "
            + "deliver_silently:boolean labels:string[] audience_ids:integer[] publish_at:date-time extra:object spare:string";

        private const string Bases = @"
namespace IntercomPS.Infrastructure
{
    public sealed class DateTimeOffsetTransformationAttribute : System.Attribute { }

    public abstract class ObjectChangeCmdlet<T> : PSCmdlet
    {
        // Not a parameter: a method of the same name as a field's parameter must not keep it from being written.
        private object? Body() => null;
    }

    public abstract class ContentChangeCmdlet<T> : ObjectChangeCmdlet<T>
    {
        [Parameter()]
        public long[]? AudienceIds { get; set; }
    }
}
namespace IntercomPS.Models
{
    public sealed class Article { }
}";

        [Fact]
        public void Each_field_becomes_a_parameter_typed_required_and_restricted_as_the_request_body_says()
        {
            var cmdlet = Parameters(Compile(@"
[FieldParameters(""" + Body + @""", ""title author_id state body body_markdown deliver_silently labels publish_at extra"", Unbound = ""body_markdown"")]
public sealed partial class NewIntercomArticleCommand : ObjectChangeCmdlet<Article> { }"), "NewIntercomArticleCommand");

            Assert.Equal(new[] { "Title", "AuthorId", "State", "Body", "BodyMarkdown", "DeliverSilently", "Labels", "PublishAt", "Extra" }, cmdlet.Keys);
            Assert.Equal(("string?", true, true), Shape(cmdlet["Title"]));
            Assert.Equal(("long?", true, true), Shape(cmdlet["AuthorId"]));
            Assert.Equal(("string?", false, true), Shape(cmdlet["Body"]));
            Assert.Equal(("string?", false, false), Shape(cmdlet["BodyMarkdown"]));
            Assert.Equal(("System.Management.Automation.SwitchParameter", false, false), Shape(cmdlet["DeliverSilently"]));
            Assert.Equal(("string[]?", false, false), Shape(cmdlet["Labels"]));
            Assert.Equal(("System.DateTimeOffset?", false, true), Shape(cmdlet["PublishAt"]));
            Assert.Contains(cmdlet["PublishAt"].GetAttributes(), attribute => attribute.AttributeClass?.Name == "DateTimeOffsetTransformationAttribute");
            Assert.Equal(("System.Collections.Hashtable?", false, true), Shape(cmdlet["Extra"]));
            Assert.Equal(new[] { "published", "draft" }, ValidValues(cmdlet["State"]));
            Assert.Empty(ValidValues(cmdlet["Title"]));
        }

        [Fact]
        public void A_set_cmdlet_takes_booleans_as_nullable_and_the_named_validation_and_binding()
        {
            var cmdlet = Parameters(Compile(@"
[FieldParameters(""" + Body + @""", ""title body spare deliver_silently"", FromPipeline = false, NotEmpty = ""title"", NotNull = ""body"")]
public sealed partial class SetIntercomArticleCommand : ObjectChangeCmdlet<Article> { }"), "SetIntercomArticleCommand");

            Assert.Equal(("string?", true, false), Shape(cmdlet["Title"]));
            Assert.Equal(("bool?", false, false), Shape(cmdlet["DeliverSilently"]));
            Assert.Equal(new[] { "ValidateNotNullOrEmptyAttribute" }, Validation(cmdlet["Title"]));
            Assert.Equal(new[] { "ValidateNotNullAttribute" }, Validation(cmdlet["Body"]));
            Assert.Empty(Validation(cmdlet["Spare"]));
        }

        [Fact]
        public void A_field_the_cmdlet_or_its_base_declares_by_hand_is_left_to_it()
        {
            var compiled = Compile(@"
[FieldParameters(""" + Body + @""", ""title state audience_ids"")]
public sealed partial class NewIntercomArticleCommand : ContentChangeCmdlet<Article>
{
    [Parameter()]
    [ValidateSet(""draft"")]
    public string? State { get; set; }
}");
            var cmdlet = Parameters(compiled, "NewIntercomArticleCommand");

            Assert.Equal(new[] { "State", "Title" }, cmdlet.Keys.OrderBy(name => name, StringComparer.Ordinal));
            Assert.Equal(new[] { "draft" }, ValidValues(cmdlet["State"]));
            Assert.Single(compiled.Type("NewIntercomArticleCommand").BaseType!.GetMembers("AudienceIds"));
        }

        [Fact]
        public void A_set_cmdlet_takes_the_new_cmdlets_field_parameters_and_its_own_none_mandatory()
        {
            var cmdlet = Parameters(Compile(@"
[FieldParameters(""" + Body + @""", ""title author_id state"")]
public sealed partial class NewIntercomArticleCommand : ObjectChangeCmdlet<Article>
{
    [Parameter(Mandatory = true)]
    public string? Spare { get; set; }
}

[OptionalParametersOf(typeof(NewIntercomArticleCommand))]
public sealed partial class SetIntercomArticleCommand : ObjectChangeCmdlet<Article> { }"), "SetIntercomArticleCommand");

            Assert.Equal(new[] { "Title", "AuthorId", "State", "Spare" }, cmdlet.Keys);
            Assert.All(cmdlet.Values, parameter => Assert.False(Shape(parameter).Mandatory));
            Assert.Equal(new[] { "published", "draft" }, ValidValues(cmdlet["State"]));
        }

        [Theory]
        [InlineData("title summary", "-Summary", "no member 'summary'")]
        [InlineData("title audience_ids", "-AudienceIds", "integer[]")]
        public void A_field_the_request_body_cannot_type_fails_the_build_saying_what_to_do(string fields, string parameter, string why)
        {
            var compiled = Compile(@"
[FieldParameters(""" + Body.Replace("audience_ids:integer[]", "audience_ids:integer[][]") + @""", """ + fields + @""")]
public sealed partial class NewIntercomArticleCommand : ObjectChangeCmdlet<Article> { }");

            var error = Assert.Single(compiled.GeneratorErrors);
            Assert.Equal("IPSGEN006", error.Id);
            Assert.Contains("NewIntercomArticleCommand", error.GetMessage());
            Assert.Contains(parameter, error.GetMessage());
            Assert.Contains(why, error.GetMessage());
        }

        private static (string Type, bool Mandatory, bool ByPropertyName) Shape(IPropertySymbol parameter)
        {
            var attribute = parameter.GetAttributes().Single(each => each.AttributeClass?.Name == "ParameterAttribute");
            bool Named(string name) => attribute.NamedArguments.Any(pair => pair.Key == name && Equals(pair.Value.Value, true));
            return (parameter.Type.ToDisplayString(), Named("Mandatory"), Named("ValueFromPipelineByPropertyName"));
        }

        private static IEnumerable<string> Validation(IPropertySymbol parameter) =>
            parameter.GetAttributes().Select(attribute => attribute.AttributeClass!.Name).Where(name => name.StartsWith("ValidateNot", StringComparison.Ordinal));

        private static IEnumerable<string> ValidValues(IPropertySymbol parameter) =>
            parameter.GetAttributes().Where(attribute => attribute.AttributeClass?.Name == "ValidateSetAttribute")
                .SelectMany(attribute => attribute.ConstructorArguments[0].Values.Select(value => (string)value.Value!));

        private static GeneratorRun Compile(string cmdlets) =>
            GeneratorRun.Compile(new CmdletParameterGenerator(), Bases, cmdlets, "FieldParametersAttribute.cs", "OptionalParametersOfAttribute.cs");

        /// <summary>The cmdlet's own parameters in declaration order, once the generated source compiles with no error at all.</summary>
        private static IReadOnlyDictionary<string, IPropertySymbol> Parameters(GeneratorRun compiled, string name) =>
            // Dictionary keeps the order of insertion while nothing is removed: Keys is the declaration order.
            compiled.Compiled(name).GetMembers().OfType<IPropertySymbol>()
                .Where(property => property.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "ParameterAttribute"))
                .ToDictionary(property => property.Name);
    }
}
