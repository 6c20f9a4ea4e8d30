using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial Set-* cmdlet the field parameters of the New-* cmdlet named (those it declares itself), each with
    /// the same attributes but none mandatory: what is created with these fields is changed with them, and what is not
    /// given stays as it is. Written by IntercomPS.Generators, so each field is declared once. Compile-time only.
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class OptionalParametersOfAttribute : Attribute
    {
        public OptionalParametersOfAttribute(Type createCmdlet) => CreateCmdlet = createCmdlet;

        public Type CreateCmdlet { get; }
    }
}
