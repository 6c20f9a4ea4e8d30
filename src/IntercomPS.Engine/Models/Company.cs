namespace IntercomPS.Engine.Models
{
    /// <summary>
    /// The hand-written part of the generated <see cref="Company"/>. Two ids: <see cref="Id"/> is Intercom's,
    /// <see cref="CompanyId"/> is the one your systems gave it.
    /// </summary>
    public sealed partial class Company
    {
        public override string ToString() => Name ?? CompanyId ?? Id ?? string.Empty;
    }
}
