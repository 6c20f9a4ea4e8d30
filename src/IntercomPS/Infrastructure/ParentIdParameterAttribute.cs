using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial cmdlet the id parameter of the parent its objects live under (-HelpCenterId of a help center's
    /// redirects), written by IntercomPS.Generators: a mandatory string, not null or empty, bound from piped objects by
    /// property name (a piped parent or child carries it), read as the cmdlet's ScopeValues under the path placeholder
    /// named. Compile-time only.
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class ParentIdParameterAttribute : Attribute
    {
        public ParentIdParameterAttribute(string name, string placeholder)
        {
            Name = name;
            Placeholder = placeholder;
        }

        public string Name { get; }

        public string Placeholder { get; }

        public string? Alias { get; set; }

        public int Position { get; set; }

        /// <summary>Whether a piped string binds as the parent's id (off by default: piped strings are usually the objects' own ids).</summary>
        public bool ValueFromPipeline { get; set; }

        /// <summary>The IArgumentCompleter that offers the parents' ids, if any.</summary>
        public Type? Completer { get; set; }
    }
}
