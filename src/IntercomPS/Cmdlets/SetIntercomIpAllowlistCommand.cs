using System.Globalization;
using System.Net;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Changes the workspace's IP allowlist: adds or removes addresses and ranges (the list is read, changed and
    /// written back whole, as Intercom replaces it on every write), replaces it, or turns it on or off. ConfirmImpact
    /// High, and the confirmation (and -WhatIf) shows the resulting list: a wrong list locks teammates out.
    /// </summary>
    [CmdletOptions(ConfirmImpact.High, DefaultParameterSetName = ChangeSet)]
    public sealed partial class SetIntercomIpAllowlistCommand : SetObjectCmdlet<IpAllowlist>
    {
        private const string ChangeSet = "Change";
        private const string ReplaceSet = "Replace";

        /// <summary>Addresses or CIDR ranges to allow besides those already allowed.</summary>
        [Parameter(ParameterSetName = ChangeSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Add { get; set; }

        /// <summary>Addresses or CIDR ranges to stop allowing.</summary>
        [Parameter(ParameterSetName = ChangeSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Remove { get; set; }

        /// <summary>The whole new list of addresses and CIDR ranges (what is not in it is no longer allowed).</summary>
        [Parameter(ParameterSetName = ReplaceSet, Mandatory = true)]
        [AllowEmptyCollection]
        public string[] Address { get; set; } = new string[0];

        /// <summary>Turns the allowlist on ($true) or off ($false).</summary>
        [Parameter]
        public bool? Enabled { get; set; }

        private List<string>? _newList;
        private string _change = string.Empty;

        protected override IReadOnlyList<string>? ChangeParameters => new[] { nameof(Add), nameof(Remove), nameof(Address), nameof(Enabled) };

        internal override ResourceDescriptor Resource => IntercomResources.IpAllowlists;

        protected override string Action => _change;

        protected override string Describe(IReadOnlyDictionary<string, string> values) => "IP allowlist";

        protected override IDictionary<string, object?>? ExtraBody => _newList == null
            ? null
            : new Dictionary<string, object?>(StringComparer.Ordinal) { ["ip_allowlist"] = _newList.Cast<object?>().ToList() };

        protected override void ProcessRecord()
        {
            foreach (var given in (Add ?? Enumerable.Empty<string>()).Concat(Remove ?? Enumerable.Empty<string>()).Concat(Address))
            {
                if (!IsAddressOrRange(given))
                {
                    var message = $"'{given}' is no IP address or CIDR range: write 192.168.1.10 or 192.168.1.0/24.";
                    ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "InvalidAddress", ErrorCategory.InvalidArgument, given, message));
                }
            }
            var changes = new List<string>();
            var enabled = Enabled;
            if (Add != null || Remove != null || ParameterSetName == ReplaceSet)
            {
                // Read now, before the confirmation, so that it (and -WhatIf) shows the list that will be written.
                var client = ActiveConnection.Resources;
                var current = RunEngineWork(token => client.GetAsync(IntercomResources.IpAllowlists, PathValues.None, token, noCache: true));
                var before = (current.IpAllowlistValue ?? Array.Empty<string>()).ToList();
                var after = ParameterSetName == ReplaceSet ? Address.Distinct(StringComparer.OrdinalIgnoreCase).ToList() : Changed(before);
                var added = after.Where(entry => !before.Contains(entry, StringComparer.OrdinalIgnoreCase)).ToList();
                var removed = before.Where(entry => !after.Contains(entry, StringComparer.OrdinalIgnoreCase)).ToList();
                if (after.Count == 0 && (enabled ?? current.Enabled ?? false))
                {
                    var message = "An enabled IP allowlist with no address would lock every teammate out: keep an address, or turn the allowlist off with -Enabled $false.";
                    ThrowTerminatingError(ErrorRecords.Create(new InvalidOperationException(message), "EmptyAllowlist", ErrorCategory.InvalidOperation, null, message));
                }
                if (added.Count > 0 || removed.Count > 0)
                {
                    _newList = after;
                    changes.Add($"allow {(after.Count == 0 ? "no address" : string.Join(", ", after))}"
                        + (added.Count > 0 ? $" (adds {string.Join(", ", added)})" : string.Empty)
                        + (removed.Count > 0 ? $" (removes {string.Join(", ", removed)})" : string.Empty));
                }
                if (enabled == current.Enabled) enabled = null;
            }
            if (enabled != null) changes.Add(enabled.Value ? "turn the allowlist on" : "turn the allowlist off");
            if (changes.Count == 0)
            {
                WriteVerbose("The IP allowlist already is as asked: nothing to change.");
                return;
            }
            _change = "Set the IP allowlist to " + string.Join("; ", changes);
            base.ProcessRecord();
        }

        /// <summary>The current list less -Remove, plus -Add (each once, in the order given).</summary>
        private List<string> Changed(List<string> before)
        {
            var removing = Remove ?? Array.Empty<string>();
            foreach (var missing in removing.Where(entry => !before.Contains(entry, StringComparer.OrdinalIgnoreCase)))
            {
                WriteWarning($"'{missing}' is not in the IP allowlist: nothing to remove.");
            }
            var after = before.Where(entry => !removing.Contains(entry, StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var adding in Add ?? Array.Empty<string>())
            {
                if (!after.Contains(adding, StringComparer.OrdinalIgnoreCase)) after.Add(adding);
            }
            return after;
        }

        private static bool IsAddressOrRange(string text)
        {
            var slash = text.IndexOf('/');
            var address = slash < 0 ? text : text.Substring(0, slash);
            if (!IPAddress.TryParse(address, out var parsed)) return false;
            // IPAddress also reads the old short forms (1.2.3 as 1.2.0.3), which Intercom does not: four parts only.
            if (parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && address.Split('.').Length != 4) return false;
            if (slash < 0) return true;
            var maxPrefix = parsed.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
            return int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= maxPrefix;
        }
    }
}
