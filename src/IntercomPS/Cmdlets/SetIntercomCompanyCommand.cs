using System.Collections;

namespace IntercomPS.Cmdlets
{
    /// <summary>Updates companies' fields; a company's company_id cannot be changed.</summary>
    [CmdletOptions(DefaultParameterSetName = IdSet)]
    [PassThruParameter]
    // The fields are not bound from the pipeline: a piped company would otherwise write its own values back.
    [FieldParameters(RequestBodies.UpdateCompany, IntercomResources.CompanyChanges, FromPipeline = false, NotEmpty = "name plan", NotNull = "website industry custom_attributes")]
    public sealed partial class SetIntercomCompanyCommand : CompanyChangeCmdlet<Company>
    {
        [Parameter]
        [ValidateRange(0, long.MaxValue)]
        public long? Size { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public long? MonthlySpend { get; set; }

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
