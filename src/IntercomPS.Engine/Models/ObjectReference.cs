namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// A pointer to another object: <c>{type, id}</c> (who a part was assigned to, who applied a tag), sometimes with a
    /// <c>name</c> (an admin's role, a company's plan) or a <c>url</c> (a contact's notes).
    /// </summary>
    public sealed class ObjectReference : IntercomObject
    {
        /// <summary>What this points at or who this is (<c>admin</c>, <c>team</c>, <c>user</c>, <c>lead</c>...).</summary>
        public new string? Type { get => base.Type; set => base.Type = value; }

        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? Url { get; set; }

        public override string ToString() => Name ?? $"{Type} {Id}";
    }
}
