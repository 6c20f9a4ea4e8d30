using System.Management.Automation.Language;

namespace IntercomPS.Filters
{
    /// <summary>Where a condition came from in a -Filter script block, kept on the engine's condition node for messages.</summary>
    internal sealed class FilterOrigin
    {
        public FilterOrigin(IScriptExtent extent, string @operator)
        {
            Extent = extent;
            Operator = @operator;
        }

        public IScriptExtent Extent { get; }

        /// <summary>The operator as the user wrote it: -ieq stays -ieq, -contains stays -contains.</summary>
        public string Operator { get; }
    }
}
