namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// The JSON mapping of every model, generated from the description by the engine build (tools/IntercomPS.SpecGen),
    /// each built on first use: most sessions read a handful of the few hundred.
    /// </summary>
    internal static partial class Schemas
    {
        /// <summary>The schema of a model type; null for any other type.</summary>
        public static IModelSchema? Find(Type type) => ByModelType.TryGetValue(type, out var schema) ? schema.Value : null;

        /// <summary>Every model's schema (which builds them all).</summary>
        public static IEnumerable<IModelSchema> All => ByModelType.Values.Select(schema => schema.Value);
    }
}
