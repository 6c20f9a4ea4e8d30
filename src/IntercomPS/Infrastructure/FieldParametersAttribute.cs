using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial change cmdlet one parameter per writable field of its resource's declaration (a constant of
    /// IntercomResources), typed, required and restricted to the values the description gives for the operation's
    /// request body (a constant of RequestBodies): <c>author_id:integer!</c> becomes a mandatory <c>long? AuthorId</c>.
    /// Written by IntercomPS.Generators, so a field is named once, in the declaration. A field the cmdlet (or its base
    /// class) declares by hand is left to it: that is how a parameter differs from the description. Compile-time only.
    /// </summary>
    /// <param name="requestBody">The operation's request body, as RequestBodies declares it.</param>
    /// <param name="fields">The writable fields, as IntercomResources declares them.</param>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class FieldParametersAttribute(string requestBody, string fields) : Attribute
    {
        public string RequestBody { get; } = requestBody;

        public string Fields { get; } = fields;

        /// <summary>
        /// Fields (space-separated JSON names) whose parameters do not bind from piped objects' properties. Switches and
        /// arrays never do; a scalar does unless it is named here (a body_markdown beside body: an object piped in
        /// carries both, and only one should be sent).
        /// </summary>
        public string? Unbound { get; set; }
    }
}
