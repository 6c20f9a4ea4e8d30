using System;
using System.Collections.Generic;
using IntercomPS.Engine.Resources.Declarations;
using Xunit;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>Every declared operation builds its request paths here: each placeholder becomes one escaped segment.</summary>
    public class ApiOperationTests
    {
        private static readonly ApiOperation Untag = new ApiOperation("DELETE", "tickets/{ticket_id}/tags/{tag_id}");

        [Fact]
        public void Placeholders_are_listed_in_order_and_filled_with_escaped_segments()
        {
            Assert.Equal(new[] { "ticket_id", "tag_id" }, Untag.PathParameters);
            var request = Untag.CreateRequest(PathValues.Of("ticket_id", "a/b?c", "tag_id", "7"));
            Assert.Equal("tickets/a%2Fb%3Fc/tags/7", request.Path);
            Assert.Equal("DELETE /tickets/{ticket_id}/tags/{tag_id}", request.Route);
        }

        [Fact]
        public void A_template_without_placeholders_and_one_ending_in_text_keep_their_literal_parts()
        {
            Assert.Equal("ticket_states", new ApiOperation("GET", "ticket_states").CreateRequest().Path);
            Assert.Equal("articles/12/draft/publish",
                new ApiOperation("POST", "articles/{id}/draft/publish").CreateRequest(PathValues.Of("id", "12")).Path);
        }

        [Theory]
        [InlineData("..")]
        [InlineData(".")]
        [InlineData(" ")]
        public void A_value_that_cannot_be_one_segment_is_refused(string id)
        {
            Assert.Throws<ArgumentException>(() => Untag.CreateRequest(PathValues.Of("ticket_id", id, "tag_id", "7")));
        }

        [Fact]
        public void A_missing_value_is_refused_with_the_placeholder_named()
        {
            var error = Assert.Throws<ArgumentException>(() => Untag.CreateRequest(new Dictionary<string, string> { ["ticket_id"] = "1" }));
            Assert.Contains("{tag_id}", error.Message);
        }
    }
}
