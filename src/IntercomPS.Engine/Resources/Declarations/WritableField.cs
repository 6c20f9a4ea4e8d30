using System;
using System.Collections.Generic;

namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>
    /// A body member a change operation writes: its JSON path (dots for nested members, <c>assignment.admin_id</c>)
    /// and the PascalCase name it goes by on objects and cmdlets (<c>AdminId</c>).
    /// </summary>
    public sealed class WritableField
    {
        private WritableField(string jsonPath, string name)
        {
            JsonPath = jsonPath;
            Name = name;
        }

        public string JsonPath { get; }

        public string Name { get; }

        /// <summary>
        /// Reads a declaration: <c>"name"</c> (goes by <c>Name</c>), <c>"ticket_type_id"</c> (<c>TicketTypeId</c>), or
        /// <c>"ticket_attributes=Attribute"</c> to name it explicitly.
        /// </summary>
        public static WritableField Parse(string declaration)
        {
            if (string.IsNullOrWhiteSpace(declaration)) throw new ArgumentException("A field declaration is empty.", nameof(declaration));
            var equals = declaration.IndexOf('=');
            var path = equals < 0 ? declaration : declaration.Substring(0, equals);
            var name = equals < 0 ? PascalCase(path.Substring(path.LastIndexOf('.') + 1)) : declaration.Substring(equals + 1);
            return new WritableField(path, name);
        }

        /// <summary>
        /// Reads declarations each of which may list several fields separated by spaces (<c>"title body author_id"</c>):
        /// the form of a field list declared as one constant, which the cmdlets' source generator reads too
        /// ([FieldParameters]; it compiles this file).
        /// </summary>
        public static IEnumerable<WritableField> ParseAll(IEnumerable<string> declarations)
        {
            foreach (var declaration in declarations)
            {
                foreach (var field in declaration.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) yield return Parse(field);
            }
        }

        /// <summary><c>last_seen_at</c> → <c>LastSeenAt</c>.</summary>
        public static string PascalCase(string snakeCase)
        {
            var chars = new System.Text.StringBuilder(snakeCase.Length);
            var upper = true;
            foreach (var c in snakeCase)
            {
                if (c == '_' || c == '-' || c == '.') { upper = true; continue; }
                chars.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            return chars.ToString();
        }

        public override string ToString() => JsonPath + "=" + Name;
    }
}
