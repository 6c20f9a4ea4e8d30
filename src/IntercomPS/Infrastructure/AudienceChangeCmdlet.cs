using System.Collections;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New-IntercomAudience and Set-IntercomAudience: the predicates that pick an audience's contacts,
    /// each a hashtable such as <c>@{ attribute = 'company.name'; type = 'string'; comparison = 'contains'; value = 'Acme' }</c>.
    /// </summary>
    public abstract class AudienceChangeCmdlet : ObjectChangeCmdlet<Audience>
    {
        /// <summary>The conditions a contact meets to be in the audience.</summary>
        [Parameter]
        public IDictionary[]? Predicates { get; set; }

        /// <summary>Conditions on the contact's role (user, lead) that narrow the audience.</summary>
        [Parameter]
        public IDictionary[]? RolePredicates { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Audiences;
    }
}
