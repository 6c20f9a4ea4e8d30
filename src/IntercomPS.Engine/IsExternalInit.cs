namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets records and init-only properties compile for netstandard2.0, whose base library predates them (the
    /// compiler only needs the type to exist; newer runtimes ship their own).
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
