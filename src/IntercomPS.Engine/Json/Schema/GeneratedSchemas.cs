using System;
using System.Collections.Generic;
using System.Linq;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// The mappings of the models generated from the description (Models/Generated, by tools/IntercomPS.SpecGen),
    /// each built on first use: most sessions read a handful of the few hundred.
    /// </summary>
    internal static partial class GeneratedSchemas
    {
        public static IModelSchema? Find(Type type) => ByModelType.TryGetValue(type, out var schema) ? schema.Value : null;

        public static IEnumerable<IModelSchema> All => ByModelType.Values.Select(schema => schema.Value);
    }
}
