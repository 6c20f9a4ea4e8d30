using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial change cmdlet one parameter per writable field of its resource's declaration (a constant of
    /// IntercomResources), typed, required and restricted to the values the description gives for the operation's
    /// request body (a constant of RequestBodies): <c>author_id:integer!</c> becomes a mandatory <c>long? AuthorId</c>.
    /// Written by IntercomPS.Generators, so a field is named once, in the declaration. A field the cmdlet (or its base
    /// class) declares by hand is left to it, and the named arguments below add what PowerShell asks of a parameter and
    /// the description does not say. On a Set- cmdlet a boolean is a bool? (-Archived $false), on others a switch.
    /// Compile-time only.
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

        /// <summary>False: no field parameter binds from piped objects (a Set- whose piped object would write its own values back).</summary>
        public bool FromPipeline { get; set; } = true;

        /// <summary>Fields whose parameters refuse null and empty values ([ValidateNotNullOrEmpty]).</summary>
        public string? NotEmpty { get; set; }

        /// <summary>Fields whose parameters refuse null but take an empty string, to clear the field ([ValidateNotNull]).</summary>
        public string? NotNull { get; set; }
    }
}
