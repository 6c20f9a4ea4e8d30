namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="Admin"/>: a teammate. GET /me returns the admin the token acts
    /// as, with the workspace (<see cref="App"/>).
    /// </summary>
    public sealed partial class Admin
    {
        /// <summary>Same as <see cref="Id"/>; lets the object bind to <c>-AdminId</c> down a pipeline.</summary>
        public string? AdminId => Id;

        public override string ToString() => Name ?? Email ?? Id ?? string.Empty;
    }

    /// <summary>The hand-written part of the generated <see cref="App"/>: the Intercom workspace an admin belongs to.</summary>
    public sealed partial class App
    {
        /// <summary>Same as <see cref="IdCode"/>, under the name the rest of the API uses.</summary>
        public string? WorkspaceId => IdCode;

        public override string ToString() => Name ?? IdCode ?? string.Empty;
    }
}
