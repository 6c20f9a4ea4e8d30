using System.Management.Automation;
using IntercomPS.Engine.Models;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives engine objects their PowerShell face: a type name (IntercomPS.Conversation...) that format views key on.
    /// Fields the model does not map stay in its AdditionalProperties dictionary rather than becoming note properties:
    /// raw dictionaries (social_profiles, utm_*...) would otherwise head every Format-List and Export-Csv.
    /// </summary>
    internal static class OutputAdapter
    {
        public static PSObject Wrap(object value, string typeName)
        {
            var wrapped = PSObject.AsPSObject(value);
            if (!wrapped.TypeNames.Contains(typeName)) wrapped.TypeNames.Insert(0, typeName);
            return wrapped;
        }

        public static PSObject Wrap(IntercomObject model) => Wrap(model, "IntercomPS." + model.GetType().Name);
    }
}
