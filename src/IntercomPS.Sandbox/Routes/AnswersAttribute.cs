namespace IntercomPS.Sandbox.Routes
{
    /// <summary>
    /// Marks a hand-written handler with the route it answers (a <see cref="SandboxRoutes"/> template), so that the
    /// route stands next to its handler and <see cref="Router.MapAnswersOf"/> maps every marked method of a class.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class AnswersAttribute : Attribute
    {
        public AnswersAttribute(string route) => Route = route;

        public string Route { get; }
    }
}
