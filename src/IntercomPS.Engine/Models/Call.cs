namespace IntercomPS.Engine.Models
{
    public sealed partial class Call
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-CallId</c> down a pipeline.</summary>
        public string? CallId => Id;
    }
}
