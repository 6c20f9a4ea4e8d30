using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial change cmdlet (a <see cref="ChangeCmdlet"/>) its -PassThru switch, written by
    /// IntercomPS.Generators: the changed objects are written only when it is given. Compile-time only.
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class PassThruParameterAttribute : Attribute
    {
    }
}
