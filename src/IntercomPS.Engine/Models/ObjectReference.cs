namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="ObjectReference"/>: a pointer to another object, <c>{type, id}</c>
    /// (who a part was assigned to, who applied a tag), sometimes with a <c>name</c> (an admin's role, a company's plan)
    /// or a <c>url</c> (a contact's notes).
    /// </summary>
    public sealed partial class ObjectReference
    {
        public override string ToString() => Name ?? $"{Type} {Id}";
    }
}
