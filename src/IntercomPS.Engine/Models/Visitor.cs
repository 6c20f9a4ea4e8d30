namespace IntercomPS.Engine.Models
{
    public sealed partial class Visitor
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-VisitorId</c> down a pipeline.</summary>
        public string? VisitorId => Id;

        /// <summary>Same as <see cref="UserId"/>; lets the object bind to <c>-VisitorUserId</c> down a pipeline.</summary>
        public string? VisitorUserId => UserId;
    }
}
