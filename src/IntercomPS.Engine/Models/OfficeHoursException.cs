namespace IntercomPS.Engine.Models
{
    public sealed partial class OfficeHoursException
    {
        /// <summary>Same as <see cref="Id"/>; lets the exception bind to <c>-OfficeHoursExceptionId</c> down a pipeline.</summary>
        public string? OfficeHoursExceptionId => Id;

        public override string ToString() => Name ?? ExceptionDate ?? Id ?? string.Empty;
    }
}
