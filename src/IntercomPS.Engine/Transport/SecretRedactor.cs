using System.Net.Http;

namespace IntercomPS.Engine.Transport
{
    /// <summary>
    /// Keeps the access token out of text that came from elsewhere (an error message that echoes it, a proxy's
    /// exception) before that text reaches an exception, a record or a verbose line.
    /// </summary>
    internal sealed class SecretRedactor
    {
        private const string Placeholder = "[redacted]";
        private readonly string _secret;

        public SecretRedactor(string secret) => _secret = secret;

        public string? Redact(string? text) =>
            text == null || _secret.Length == 0 || text.IndexOf(_secret, StringComparison.Ordinal) < 0
                ? text
                : text.Replace(_secret, Placeholder);

        /// <summary>The exception itself, or a stand-in carrying its redacted message when any part of it shows the secret.</summary>
        public Exception Redact(Exception exception) =>
            _secret.Length == 0 || exception.ToString().IndexOf(_secret, StringComparison.Ordinal) < 0
                ? exception
                : new HttpRequestException($"{exception.GetType().Name}: {Redact(exception.Message)}");
    }
}
