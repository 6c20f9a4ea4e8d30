namespace IntercomPS.Engine.Models
{
    /// <summary>The hand-written part of the generated <see cref="Note"/>: a note an admin wrote about a contact (or a company).</summary>
    public sealed partial class Note
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-NoteId</c> down a pipeline.</summary>
        public string? NoteId => Id;

        public override string ToString() => Body ?? Id ?? string.Empty;
    }
}
