using IntercomPS.Engine.Export;

namespace IntercomPS.Infrastructure
{
    /// <summary>The export's settings as the Export-Intercom* cmdlets name them, for the engine's export messages.</summary>
    internal sealed class ExportParameterNames : ExportTerms
    {
        public static ExportParameterNames Instance { get; } = new ExportParameterNames();

        public override string Name(ExportTerm term)
        {
            switch (term)
            {
                case ExportTerm.RawCsvValues: return "-NoFormulaEscape";
                case ExportTerm.Overwrite: return "-Force";
                default: return "-" + term;
            }
        }
    }
}
