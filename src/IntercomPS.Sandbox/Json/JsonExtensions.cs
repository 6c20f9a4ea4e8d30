namespace IntercomPS.Sandbox.Json
{
    internal static class JsonExtensions
    {
        public static void WriteNullableString(this Utf8JsonWriter writer, string name, string? value)
        {
            if (value == null) writer.WriteNull(name); else writer.WriteString(name, value);
        }

        public static void WriteNullableNumber(this Utf8JsonWriter writer, string name, long? value)
        {
            if (value.HasValue) writer.WriteNumber(name, value.Value); else writer.WriteNull(name);
        }

        /// <summary>Writes a custom attribute value as the JSON type it holds.</summary>
        public static void WriteValue(this Utf8JsonWriter writer, string name, object? value)
        {
            switch (value)
            {
                case null: writer.WriteNull(name); break;
                case string text: writer.WriteString(name, text); break;
                case long number: writer.WriteNumber(name, number); break;
                case int number32: writer.WriteNumber(name, number32); break;
                case double real: writer.WriteNumber(name, real); break;
                case bool flag: writer.WriteBoolean(name, flag); break;
                case JsonElement element: writer.WritePropertyName(name); element.WriteTo(writer); break;
                default: writer.WriteString(name, value.ToString()); break;
            }
        }

        /// <summary>
        /// A typed list member as Intercom nests them in an object (<c>"tags": {"type": "tag.list", "tags": [...]}</c>):
        /// the items are written by <paramref name="items"/>; <paramref name="after"/> adds members after the array
        /// (a total_count).
        /// </summary>
        public static void WriteTypedList(this Utf8JsonWriter writer, string member, string type, Action items, Action? after = null) =>
            WriteListObject(writer, member, type, member, items, after);

        /// <summary>
        /// A typed list as the whole answer (<c>{"type": "admin.list", "admins": [...]}</c>), its items in the array
        /// <paramref name="array"/>; <paramref name="after"/> adds members after the array (total_count, pages).
        /// </summary>
        public static void WriteTypedListAnswer(this Utf8JsonWriter writer, string type, string array, Action items, Action? after = null) =>
            WriteListObject(writer, null, type, array, items, after);

        /// <summary>
        /// Intercom's plain list object (<c>{"type": "list", "data": [...]}</c>) as the member <paramref name="member"/>,
        /// or as the whole answer when it is null; <paramref name="after"/> adds members after the array.
        /// </summary>
        public static void WriteDataList(this Utf8JsonWriter writer, string? member, Action items, Action? after = null) =>
            WriteListObject(writer, member, "list", "data", items, after);

        private static void WriteListObject(Utf8JsonWriter writer, string? member, string type, string array, Action items, Action? after)
        {
            if (member == null) writer.WriteStartObject(); else writer.WriteStartObject(member);
            writer.WriteString("type", type);
            writer.WriteStartArray(array);
            items();
            writer.WriteEndArray();
            after?.Invoke();
            writer.WriteEndObject();
        }

        /// <summary>The member <paramref name="name"/>: null when there is no value, else the value <paramref name="writeValue"/> writes.</summary>
        public static void WriteNullableObject<T>(this Utf8JsonWriter writer, string name, T? value, Action<T> writeValue) where T : class
        {
            writer.WritePropertyName(name);
            if (value == null) writer.WriteNullValue(); else writeValue(value);
        }

        /// <summary>The avatar object of admins and contacts; null when there is no image.</summary>
        public static void WriteAvatar(this Utf8JsonWriter writer, string? imageUrl) =>
            writer.WriteNullableObject("avatar", imageUrl, url =>
            {
                writer.WriteStartObject();
                writer.WriteString("type", "avatar");
                writer.WriteString("image_url", url);
                writer.WriteEndObject();
            });

        /// <summary>A reference to another object: <c>{"type": ..., "id": ...}</c> and nothing more.</summary>
        public static void WriteReference(this Utf8JsonWriter writer, string? member, string type, string id)
        {
            writer.WriteStartTyped(member, type, id);
            writer.WriteEndObject();
        }

        /// <summary>Opens an Intercom object with its type and id (as a member, or as an array item when <paramref name="member"/> is null); the caller writes the rest and closes it.</summary>
        public static void WriteStartTyped(this Utf8JsonWriter writer, string? member, string type, string id)
        {
            if (member == null) writer.WriteStartObject(); else writer.WriteStartObject(member);
            writer.WriteString("type", type);
            writer.WriteString("id", id);
        }

        /// <summary>The author object of conversation sources and parts.</summary>
        public static void WriteAuthor(this Utf8JsonWriter writer, string type, string id, string? name, string? email)
        {
            writer.WriteStartTyped("author", type, id);
            writer.WriteNullableString("name", name);
            writer.WriteNullableString("email", email);
            writer.WriteEndObject();
        }

        /// <summary>Custom attributes as an object whose members hold the JSON type of each value.</summary>
        public static void WriteAttributes(this Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, object?>> attributes)
        {
            writer.WriteStartObject(name);
            foreach (var pair in attributes) writer.WriteValue(pair.Key, pair.Value);
            writer.WriteEndObject();
        }

        /// <summary>A member the sandbox never fills (attachments, tags of a part), as the empty array the API sends.</summary>
        public static void WriteEmptyArray(this Utf8JsonWriter writer, string name)
        {
            writer.WriteStartArray(name);
            writer.WriteEndArray();
        }

        public static void WriteEmptyObject(this Utf8JsonWriter writer, string name)
        {
            writer.WriteStartObject(name);
            writer.WriteEndObject();
        }

        public static void WriteNumbers(this Utf8JsonWriter writer, string name, IEnumerable<long> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values) writer.WriteNumberValue(value);
            writer.WriteEndArray();
        }

        /// <summary>The cursor_pages object: next is present only when another page exists.</summary>
        public static void WritePages(this Utf8JsonWriter writer, int page, int perPage, int totalPages, string? nextCursor)
        {
            writer.WriteStartObject("pages");
            writer.WriteString("type", "pages");
            if (nextCursor != null)
            {
                writer.WriteStartObject("next");
                writer.WriteNumber("per_page", perPage);
                writer.WriteString("starting_after", nextCursor);
                writer.WriteEndObject();
            }
            writer.WriteNumber("page", page);
            writer.WriteNumber("per_page", perPage);
            writer.WriteNumber("total_pages", totalPages);
            writer.WriteEndObject();
        }
    }
}
