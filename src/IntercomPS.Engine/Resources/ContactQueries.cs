using IntercomPS.Engine.Search;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Contact searches more than one cmdlet sends.</summary>
    public static class ContactQueries
    {
        /// <summary>A query matching contacts by exact email (emails are unique per role, so this may find a user and a lead).</summary>
        public static SearchQuery ByEmail(string email) => new SearchQuery(new SearchFilter("email", SearchOperators.Equal, email));
    }
}
