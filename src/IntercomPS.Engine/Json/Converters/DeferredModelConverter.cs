using System.Text.Json;
using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Json
{
    /// <summary>
    /// A nested model's converter, looked up on first use rather than when the parent's mapping is built: generated
    /// models reference each other in cycles (a ticket's parts name the ticket's types...), which eager references
    /// between static mappings cannot express.
    /// </summary>
    internal sealed class DeferredModelConverter<TModel> : FlexibleConverter<TModel?> where TModel : IntercomObject, new()
    {
        public static readonly DeferredModelConverter<TModel> Instance = new DeferredModelConverter<TModel>();

        private FlexibleConverter<TModel?>? _converter;

        private FlexibleConverter<TModel?> Converter =>
            _converter ??= (FlexibleConverter<TModel?>)(Schemas.Find(typeof(TModel))
                ?? throw new System.InvalidOperationException($"{typeof(TModel).Name} has no mapping.")).Converter;

        public override bool TryRead(ref Utf8JsonReader reader, out TModel? value) => Converter.TryRead(ref reader, out value);

        public override void WriteValue(Utf8JsonWriter writer, TModel? value) => Converter.WriteValue(writer, value);
    }
}
