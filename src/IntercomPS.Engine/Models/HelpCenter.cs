namespace IntercomPS.Engine.Models
{
    public sealed partial class HelpCenter
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-HelpCenterId</c> down a pipeline.</summary>
        public string? HelpCenterId => Id;

        public override string ToString() => DisplayName ?? Id ?? string.Empty;
    }
}
