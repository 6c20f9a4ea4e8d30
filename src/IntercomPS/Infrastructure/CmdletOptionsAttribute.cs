using System.Diagnostics;
using System.Management.Automation;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// What a cmdlet's [Cmdlet] attribute says beyond what IntercomPS.Generators reads from the class itself. The
    /// generator writes [Cmdlet] and [OutputType] for every partial cmdlet class named &lt;Verb&gt;Intercom&lt;Noun&gt;Command:
    /// the verb and noun from the name, HelpUri from them (<see cref="HelpUris"/>), the output type from the generic
    /// base class's type argument (GetObjectCmdlet&lt;Admin&gt; writes Admin) unless the class declares [OutputType]
    /// itself or the options name one, and ShouldProcess for every verb but Get, Search, Connect and Disconnect, at the
    /// verb's impact: Low for New, Add, Save and Start (a create or a download can be undone), High for Remove, Block,
    /// Merge and Clear (it cannot), Medium otherwise. Written on a base class, the options hold for every cmdlet derived
    /// from it; written on a cmdlet, each option given replaces the base's. Compile-time only (never emitted into the
    /// assembly).
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class CmdletOptionsAttribute : Attribute
    {
        public CmdletOptionsAttribute()
        {
        }

        /// <summary>The impact, where it is not the verb's.</summary>
        public CmdletOptionsAttribute(ConfirmImpact confirmImpact) => ConfirmImpact = confirmImpact;

        public ConfirmImpact ConfirmImpact { get; set; }

        public string? DefaultParameterSetName { get; set; }

        public bool SupportsPaging { get; set; }

        /// <summary>What every cmdlet of a base class writes, where it is not the base's type argument (a file, a report).</summary>
        public Type? OutputType { get; set; }
    }
}
