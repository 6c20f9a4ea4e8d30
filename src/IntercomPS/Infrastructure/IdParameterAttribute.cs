using System.Diagnostics;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives a partial cmdlet its -Id parameter, written by IntercomPS.Generators so that the one form is declared once:
    /// mandatory, not null or empty, with the aliases given ("TicketId"). On a Get-* of a declared resource
    /// (<see cref="GetObjectCmdlet{T}"/>) it is a string[] in the Id set, read as its Ids; on a lookup by query
    /// (<see cref="QueryLookupCmdlet{T}"/>) a string[] read as its Keys; on a change of one object
    /// (<see cref="ObjectChangeCmdlet{TResult}"/>) a single string, read as its AddressedId; on a download
    /// (<see cref="DownloadCmdlet"/>) a single string, read as its ItemId. Compile-time only (never
    /// emitted into the assembly).
    /// </summary>
    [Conditional("INTERCOMPS_GENERATORS")]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class IdParameterAttribute : Attribute
    {
        public IdParameterAttribute(params string[] aliases) => Aliases = aliases;

        public string[] Aliases { get; }

        /// <summary>The property's name when not Id: where a piped parent's Id must not bind (RedirectId under a help center).</summary>
        public string Name { get; set; } = "Id";

        public int Position { get; set; }

        /// <summary>Whether a piped string binds as the id: off where piped objects of another kind would bind wrongly.</summary>
        public bool ValueFromPipeline { get; set; } = true;

        public bool ValueFromPipelineByPropertyName { get; set; } = true;

        /// <summary>The IArgumentCompleter that offers the ids, if any.</summary>
        public Type? Completer { get; set; }
    }
}
