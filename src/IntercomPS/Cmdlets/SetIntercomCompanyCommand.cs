using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>Updates companies' fields; a company's company_id cannot be changed.</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [PassThruParameter]
    public sealed partial class SetIntercomCompanyCommand : CompanyChangeCmdlet<Company>
    {
        // The fields are not bound from the pipeline: a piped company would otherwise write its own values back.
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>The name of the company's plan.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Plan { get; set; }

        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long? Size { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Website { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string? Industry { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public long? MonthlySpend { get; set; }

        /// <summary>Custom attributes by name (they must exist as company data attributes).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? CustomAttribute { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
