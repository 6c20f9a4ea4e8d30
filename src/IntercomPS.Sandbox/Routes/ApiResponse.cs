using System.Text.Encodings.Web;
using IntercomPS.Sandbox.Json;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>An answer before transport: status, headers and body bytes.</summary>
    internal sealed class ApiResponse(int status, byte[] body, string? contentType = ApiResponse.JsonContentType)
    {
        public const string JsonContentType = "application/json; charset=utf-8";

        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            // Bodies carry HTML ("<p>...</p>"); the API sends it unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The writers are exercised by every test (each response is parsed); validating every call costs ~15%.
            SkipValidation = true,
        };

        public int Status { get; set; } = status;
        public byte[] Body { get; set; } = body;
        public string? ContentType { get; set; } = contentType;
        public List<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();

        public static ApiResponse Json(Action<Utf8JsonWriter> write, int status = 200) => new ApiResponse(status, WriteJson(write));

        public static ApiResponse Empty(int status = 200) => new ApiResponse(status, new byte[0], null);

        public static byte[] WriteJson(Action<Utf8JsonWriter> write)
        {
            using (var buffer = new GrowableBufferWriter())
            {
                using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
                {
                    write(writer);
                }
                return buffer.ToArray();
            }
        }

        /// <summary>Intercom's error body: {type: "error.list", request_id, errors: [{code, message, field?}]}.</summary>
        public static ApiResponse Error(int status, string requestId, string code, string? message, string? field = null) =>
            Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "error.list");
                w.WriteString("request_id", requestId);
                w.WriteStartArray("errors");
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteNullableString("message", message);
                if (field != null) w.WriteString("field", field);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }, status);
    }

    /// <summary>A request the API refuses; the pipeline turns it into an error.list response.</summary>
    internal sealed class ApiException(int status, string code, string message, string? field = null) : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
        public string? Field { get; } = field;

        public List<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();

        public static ApiException NotFound(string message = "Resource Not Found", string code = "not_found") => new ApiException(404, code, message);

        public static ApiException Missing(string field) => new ApiException(400, "parameter_not_found", $"{field} is required", field);

        public static ApiException Invalid(string message, string? field = null) => new ApiException(400, "parameter_invalid", message, field);
    }
}
