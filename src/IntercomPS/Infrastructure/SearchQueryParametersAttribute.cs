using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial Search-* cmdlet the parameters of Intercom's query language, written by IntercomPS.Generators:
    /// -Query (position 0: a hashtable, JSON text, or a script block taken as -Filter), -Filter (a Where-Object style
    /// condition translated to a query) and -ShowQuery (write the query instead of sending it). Compile-time only.
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class SearchQueryParametersAttribute : Attribute
    {
    }
}
