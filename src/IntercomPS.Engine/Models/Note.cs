using System;

namespace IntercomPS.Engine.Models
{
    /// <summary>A note an admin wrote about a contact (or a company).</summary>
    public sealed class Note : IntercomObject
    {
        public string? Id { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The contact the note is about; null for a company note.</summary>
        public ObjectReference? Contact { get; set; }

        /// <summary>The company the note is about (Intercom's id of it); null for a contact note.</summary>
        public ObjectReference? Company { get; set; }

        /// <summary>The admin who wrote the note.</summary>
        public Admin? Author { get; set; }

        /// <summary>The note's HTML.</summary>
        public string? Body { get; set; }

        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-NoteId</c> down a pipeline.</summary>
        public string? NoteId => Id;

        public override string ToString() => Body ?? Id ?? string.Empty;
    }
}
