using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Creates companies, or updates the one that already has the company_id (Intercom's create-or-update). Keyed by
    /// company_id, so a resend after a network failure updates the same company and cannot make a second one.
    /// </summary>
    [CmdletOptions(ConfirmImpact.Medium)]
    public sealed partial class NewIntercomCompanyCommand : ObjectChangeCmdlet<Company>
    {
        /// <summary>The id your systems give the company; it cannot be changed afterwards.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CompanyId { get; set; } = string.Empty;

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        /// <summary>The name of the company's plan.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Plan { get; set; }

        /// <summary>Number of employees.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, long.MaxValue)]
        public long? Size { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Website { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Industry { get; set; }

        /// <summary>Revenue from the company; Intercom keeps whole numbers up to 2147483647.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, int.MaxValue)]
        public long? MonthlySpend { get; set; }

        /// <summary>When your systems created the company.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? RemoteCreatedAt { get; set; }

        /// <summary>Custom attributes by name (they must exist as company data attributes).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("CustomAttributes")]
        public Hashtable? CustomAttribute { get; set; }

        /// <summary>Sets the company's last seen time to now.</summary>
        [Parameter]
        public SwitchParameter UpdateLastRequestAt { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Companies;

        protected override string Action => "Create the company, or update the company with this company_id";

        protected override string Describe(IReadOnlyDictionary<string, string> values) =>
            Name == null ? $"company with company_id '{CompanyId}'" : $"company '{Name}' (company_id '{CompanyId}')";
    }
}
