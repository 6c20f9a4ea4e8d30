namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that read a list under contacts (Get-IntercomContactNote...): the contacts are named
    /// by -ContactId, bound from piped contacts and strings, and each one's list streams in turn. Bound by ContactId
    /// only (never by Id), so a piped company or conversation cannot pass for a contact.
    /// </summary>
    public abstract class ContactListCmdlet<T> : ListObjectCmdlet<T> where T : IntercomObject
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        protected override IEnumerable<IReadOnlyDictionary<string, string>> Parents =>
            ContactId.Select(id => PathValues.Of(ListOperation.PathParameters[0], id));
    }
}
