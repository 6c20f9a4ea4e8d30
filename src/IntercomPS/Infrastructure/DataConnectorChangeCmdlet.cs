using System.Collections;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of New-IntercomDataConnector and Set-IntercomDataConnector: what a connector calls and how. The
    /// headers are given as a hashtable (name → value) and sent as Intercom's list of name/value pairs.
    /// </summary>
    public abstract class DataConnectorChangeCmdlet : ObjectChangeCmdlet<DataConnector>
    {
        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        [ValidateSet("get", "post", "put", "delete", "patch")]
        public string? HttpMethod { get; set; }

        /// <summary>The endpoint called; template variables such as {{order_id}} are filled from the inputs.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Url { get; set; }

        /// <summary>The request body template.</summary>
        [Parameter]
        public string? Body { get; set; }

        /// <summary>Whether Fin uses the connector directly ($true) or only workflows do ($false).</summary>
        [Parameter]
        public bool? DirectFinUsage { get; set; }

        /// <summary>Who the connector is available for.</summary>
        [Parameter]
        [ValidateSet("leads", "users", "visitors")]
        public string[]? Audiences { get; set; }

        /// <summary>The HTTP headers sent, name → value.</summary>
        [Parameter]
        public IDictionary? Headers { get; set; }

        /// <summary>The inputs the connector takes: hashtables with name, type, description, required, default_value.</summary>
        [Parameter]
        public IDictionary[]? DataInputs { get; set; }

        /// <summary>Ids of the authentication tokens attached to the connector.</summary>
        [Parameter]
        public string[]? TokenIds { get; set; }

        [Parameter]
        public bool? CustomerAuthentication { get; set; }

        [Parameter]
        public bool? BypassAuthentication { get; set; }

        [Parameter]
        public bool? ValidateMissingAttributes { get; set; }

        /// <summary>A sample answer of the API, from which Intercom derives the connector's response fields.</summary>
        [Parameter]
        public IDictionary? MockResponse { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.DataConnectors;

        protected override IDictionary<string, object?>? ExtraBody => Headers == null
            ? null
            : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["headers"] = Headers.Keys.Cast<object>()
                    .Select(name => new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = name.ToString(), ["value"] = PlainValues.FromPowerShell(Headers[name]) })
                    .ToList(),
            };
    }
}
