using System.Linq;
using System.Threading.Tasks;
using IntercomPS.Sandbox.Tests.Support;

namespace IntercomPS.Sandbox.Tests
{
    /// <summary>
    /// Companies written through the API read back everywhere: created or updated by company_id, updated and deleted
    /// by id, contacts attached and detached (both sides of the link agree), and what a deleted company leaves.
    /// </summary>
    public class CompanyWriteTests
    {
        [Fact]
        public async Task A_company_is_created_by_company_id_then_updated_by_it_and_by_id()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var created = (await client.PostAsync("companies", new { company_id = "acme-42", name = "Acme", plan = "Pro", size = 12, custom_attributes = new { tier = "gold" } })).EnsureOk().Json;
            var id = created.Str("id");
            Assert.Equal("Pro", created.GetProperty("plan").Str("name"));
            Assert.Equal(id, (await client.GetAsync("companies?company_id=acme-42")).EnsureOk().Json.GetProperty("data")[0].Str("id"));

            var upserted = (await client.PostAsync("companies", new { company_id = "acme-42", website = "https://acme.test" })).EnsureOk().Json;
            Assert.Equal(id, upserted.Str("id"));
            Assert.Equal("Acme", upserted.Str("name"));

            var updated = (await client.PutAsync("companies/" + id, new { name = "Acme Ltd", monthly_spend = 900 })).EnsureOk().Json;
            Assert.Equal("Acme Ltd", (await client.GetAsync("companies/" + id)).EnsureOk().Json.Str("name"));
            Assert.Equal(900, updated.Long("monthly_spend"));
            Assert.Equal("gold", updated.GetProperty("custom_attributes").Str("tier"));
            (await client.PutAsync("companies/" + id, new { company_id = "other" })).AssertError(400, "parameter_invalid");
            (await client.PutAsync("companies/no-such-company", new { name = "x" })).AssertError(404, "company_not_found");
            (await client.PostAsync("companies", new { name = "No company_id" })).AssertError(400, "parameter_not_found");
        }

        [Fact]
        public async Task Attached_contacts_show_on_both_sides_and_a_deleted_company_detaches_them()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var company = (await client.PostAsync("companies", new { company_id = "links-1", name = "Links" })).EnsureOk().Json.Str("id");
            var contact = client.Workspace.ContactIdAt(3);

            Assert.Equal(company, (await client.PostAsync($"contacts/{contact}/companies", new { id = company })).EnsureOk().Json.Str("id"));
            (await client.PostAsync($"contacts/{contact}/companies", new { id = company })).EnsureOk();
            Assert.Contains(company, (await client.GetAsync($"contacts/{contact}/companies")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids());
            var members = (await client.GetAsync($"companies/{company}/contacts")).EnsureOk().Json;
            Assert.Equal(new[] { contact }, members.GetProperty("data").EnumerateArray().Ids());
            Assert.Equal(1, (await client.GetAsync("companies/" + company)).EnsureOk().Json.Long("user_count"));

            (await client.DeleteAsync($"contacts/{contact}/companies/{company}")).EnsureOk();
            Assert.Empty((await client.GetAsync($"companies/{company}/contacts")).EnsureOk().Json.GetProperty("data").EnumerateArray());
            Assert.Equal(0, (await client.GetAsync("companies/" + company)).EnsureOk().Json.Long("user_count"));
            (await client.PostAsync($"contacts/{contact}/companies", new { id = "no-such-company" })).AssertError(404, "company_not_found");
            (await client.GetAsync("contacts/no-such-contact/companies")).AssertError(404, "not_found");

            (await client.PostAsync($"contacts/{contact}/companies", new { id = company })).EnsureOk();
            Assert.True((await client.DeleteAsync("companies/" + company)).EnsureOk().Json.GetProperty("deleted").GetBoolean());
            (await client.GetAsync("companies/" + company)).AssertError(404, "company_not_found");
            (await client.DeleteAsync("companies/" + company)).AssertError(404, "company_not_found");
            Assert.DoesNotContain(company, (await client.GetAsync($"contacts/{contact}/companies")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids());
            (await client.GetAsync("companies?company_id=links-1")).AssertError(404, "company_not_found");
        }

        [Fact]
        public async Task A_generated_company_lists_its_generated_users()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var company = (await client.GetAsync("companies/" + client.Workspace.CompanyIds[0])).EnsureOk().Json;
            var members = (await client.GetAsync($"companies/{company.Str("id")}/contacts?per_page=50")).EnsureOk().Json;
            var contacts = members.GetProperty("data").EnumerateArray().ToList();
            Assert.Equal(company.Long("user_count"), members.Long("total_count"));
            Assert.All(contacts, c => Assert.Equal("user", c.Str("role")));
            Assert.All(contacts, c => Assert.Contains(company.Str("id"), c.GetProperty("companies").GetProperty("data").EnumerateArray().Ids()));
        }

        [Fact]
        public async Task A_contact_note_reads_back_by_id_and_contact_segments_follow_the_membership_rule()
        {
            using var client = new SandboxClient(Transport.InProcess, SandboxClient.Small());
            var contact = client.Workspace.ContactIdAt(2);
            var note = (await client.PostAsync($"contacts/{contact}/notes", new { body = "Called", admin_id = client.Workspace.AdminId })).EnsureOk().Json.Str("id");
            Assert.Equal(contact, (await client.GetAsync("notes/" + note)).EnsureOk().Json.GetProperty("contact").Str("id"));
            (await client.GetAsync("notes/999999999999999")).AssertError(404, "not_found");

            var all = (await client.GetAsync("segments")).EnsureOk().Json.GetProperty("segments").EnumerateArray().Ids();
            var mine = (await client.GetAsync($"contacts/{contact}/segments")).EnsureOk().Json.GetProperty("data").EnumerateArray().Ids();
            Assert.All(mine, id => Assert.Contains(id, all));
            var role = (await client.GetAsync("contacts/" + contact)).EnsureOk().Json.Str("role");
            foreach (var segment in (await client.GetAsync("segments")).EnsureOk().Json.GetProperty("segments").EnumerateArray().Where(s => mine.Contains(s.Str("id"))))
            {
                Assert.Equal(role == "user" ? "user" : "contact", segment.Str("person_type"));
            }
        }
    }
}
