using System.Management.Automation;
using IntercomPS.Engine.Models;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Gives engine objects their PowerShell face: a type name (IntercomPS.Conversation...) that format views and
    /// type data key on, and the API's unknown or future fields as note properties so nothing is hidden.
    /// </summary>
    internal static class OutputAdapter
    {
        public static PSObject Wrap(object value, string typeName)
        {
            var wrapped = PSObject.AsPSObject(value);
            if (!wrapped.TypeNames.Contains(typeName)) wrapped.TypeNames.Insert(0, typeName);
            if (value is IntercomObject model && model.AdditionalProperties != null)
            {
                foreach (var extra in model.AdditionalProperties)
                {
                    if (wrapped.Properties[extra.Key] == null)
                    {
                        wrapped.Properties.Add(new PSNoteProperty(extra.Key, extra.Value));
                    }
                }
            }
            return wrapped;
        }

        public static PSObject Wrap(IntercomObject model) => Wrap(model, "IntercomPS." + model.GetType().Name);
    }
}
