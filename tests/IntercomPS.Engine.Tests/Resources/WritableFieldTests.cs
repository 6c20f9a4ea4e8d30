using System.Linq;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Engine.Tests.Resources
{
    /// <summary>How a resource's writable fields are declared: one field per declaration, or a list in one constant.</summary>
    public sealed class WritableFieldTests
    {
        [Fact]
        public void A_declaration_may_list_several_fields_separated_by_spaces()
        {
            var fields = WritableField.ParseAll(new[] { "title  custom_attributes=CustomAttribute", "assignment.admin_id" }).ToList();

            Assert.Equal(new[] { "title", "custom_attributes", "assignment.admin_id" }, fields.Select(field => field.JsonPath));
            Assert.Equal(new[] { "Title", "CustomAttribute", "AdminId" }, fields.Select(field => field.Name));
        }

        [Fact]
        public void A_field_list_declared_as_one_constant_is_the_operations_fields()
        {
            var update = IntercomResources.TicketTypes.FieldsOf(IntercomResources.TicketTypes.Update!).Select(field => field.JsonPath);

            Assert.Equal(new[] { "name", "description", "category", "icon", "is_internal", "archived" }, update);
        }
    }
}
