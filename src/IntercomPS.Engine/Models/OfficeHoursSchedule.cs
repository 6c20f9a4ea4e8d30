namespace IntercomPS.Engine.Models
{
    public sealed partial class OfficeHoursSchedule
    {
        /// <summary>Same as <see cref="Id"/>; lets the schedule bind to <c>-OfficeHoursScheduleId</c> down a pipeline (its exceptions).</summary>
        public string? OfficeHoursScheduleId => Id;

        public override string ToString() => Name ?? Id ?? string.Empty;
    }
}
