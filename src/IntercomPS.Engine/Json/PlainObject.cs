using System.IO;
using System.Text;
using System.Text.Json;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// A JSON object read as plain values (custom attributes, fields the model does not map): a case-sensitive
    /// dictionary whose text is its compact JSON, so a table cell or an Export-Csv column shows the values rather than
    /// the dictionary's type name.
    /// </summary>
    internal sealed class PlainObject : Dictionary<string, object?>
    {
        public PlainObject()
            : base(StringComparer.Ordinal)
        {
        }

        public override string ToString()
        {
            if (Count == 0) return string.Empty;
            using (var buffer = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    PlainJson.WriteValue(writer, this);
                }
                return Encoding.UTF8.GetString(buffer.ToArray());
            }
        }
    }

    /// <summary>
    /// The fields of an object that its model does not map (see <see cref="Models.IntercomObject.GetAdditionalProperties"/>).
    /// Its text only counts them: the raw values (social_profiles, utm_*...) stay reachable by key but do not spill
    /// into a table cell or an Export-Csv column.
    /// </summary>
    internal sealed class UnmappedFields : Dictionary<string, object?>
    {
        public UnmappedFields()
            : base(StringComparer.Ordinal)
        {
        }

        public override string ToString() => Count == 0 ? string.Empty : Count + " unmapped field(s)";
    }
}
