namespace IntercomPS.Engine.Models
{
    public sealed partial class CustomObjectInstance
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-CustomObjectInstanceId</c> down a pipeline.</summary>
        public string? CustomObjectInstanceId => Id;

        /// <summary>
        /// The identifier of the instance's custom object type (<c>Order</c>), which Intercom sends as the object's
        /// type; lets the object bind to <c>-TypeIdentifier</c> down a pipeline.
        /// </summary>
        public string? CustomObjectTypeIdentifier => Type;

        public override string ToString() => ExternalId ?? Id ?? string.Empty;
    }
}
