using System;
using System.Linq;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>The column declarations of Shows(...), from which the module's resource views are generated.</summary>
    public class ViewColumnTests
    {
        [Theory]
        [InlineData("Name", "Name", null, null)]
        [InlineData("Id:10", "Id", null, 10)]
        [InlineData("TeamIds=Teams", "TeamIds", "Teams", null)]
        [InlineData("AwayModeEnabled=Away:5", "AwayModeEnabled", "Away", 5)]
        public void A_declaration_names_the_property_and_optionally_a_header_and_a_width(string declaration, string property, string? label, int? width)
        {
            var column = ViewColumn.Parse(declaration);
            Assert.Equal(property, column.Property);
            Assert.Equal(label, column.Label);
            Assert.Equal(width, column.Width);
            Assert.Equal(declaration, column.ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("Id:")]
        [InlineData("Id:0")]
        [InlineData("Id:-3")]
        [InlineData("Id:wide")]
        [InlineData("Id=")]
        [InlineData("=Label")]
        [InlineData(":10")]
        public void A_malformed_declaration_is_refused_when_the_resource_is_declared(string declaration)
        {
            Assert.Throws<ArgumentException>(() => ViewColumn.Parse(declaration));
        }

        [Fact]
        public void The_list_shows_the_table_columns_unless_declared_otherwise()
        {
            var tags = IntercomResources.Tags;
            Assert.Equal(new[] { "Id", "Name" }, tags.TableColumns.Select(column => column.Property));
            Assert.Equal(new[] { "Id", "Name", "AppliedAt", "AppliedBy" }, tags.ListProperties.Select(column => column.Property));
            var bare = new ResourceDescriptor<Engine.Models.Tag>("Probe", "probe_id").Shows(new[] { "Id:8", "Name" });
            Assert.Equal(bare.TableColumns.Select(column => column.ToString()), bare.ListProperties.Select(column => column.ToString()));
        }
    }
}
