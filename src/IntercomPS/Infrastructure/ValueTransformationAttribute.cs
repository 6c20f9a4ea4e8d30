namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the parameter transformations: PowerShell hands them values wrapped in a PSObject (anything that
    /// went through the pipeline or a variable), so each sees the value itself.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal abstract class ValueTransformationAttribute : ArgumentTransformationAttribute
    {
        public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            Transform(inputData is PSObject wrapped ? wrapped.BaseObject : inputData);

        /// <summary>The value the parameter takes for <paramref name="value"/>; a value it does not know is returned as it is, for PowerShell to convert or refuse.</summary>
        protected abstract object? Transform(object? value);
    }
}
