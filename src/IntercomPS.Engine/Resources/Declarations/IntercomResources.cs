using System.Reflection;

namespace IntercomPS.Engine.Resources.Declarations
{
    /// <summary>
    /// Every resource the module types, each declared once as a <see cref="ResourceDescriptor{T}"/>. The class is
    /// split by area (IntercomResources.Tickets.cs...) so that a new resource is one declaration in one file.
    /// </summary>
    public static partial class IntercomResources
    {
        private static IReadOnlyList<ResourceDescriptor>? _all;

        /// <summary>Every declared resource.</summary>
        public static IReadOnlyList<ResourceDescriptor> All => _all ??= typeof(IntercomResources)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(member => typeof(ResourceDescriptor).IsAssignableFrom(member.FieldType))
            .Select(member => (ResourceDescriptor)member.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Noun, System.StringComparer.Ordinal)
            .ToList();

        /// <summary>Every declared operation, each once.</summary>
        public static IEnumerable<ApiOperation> Operations => All.SelectMany(descriptor => descriptor.Operations).Distinct();
    }
}
