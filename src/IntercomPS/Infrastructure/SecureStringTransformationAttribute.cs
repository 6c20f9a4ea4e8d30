using System.Security;

namespace IntercomPS.Infrastructure
{
    /// <summary>Lets a token parameter take a plain string as well as a SecureString (scripts read tokens from files and vaults).</summary>
    internal sealed class SecureStringTransformationAttribute : ValueTransformationAttribute
    {
        protected override object? Transform(object? value)
        {
            if (value is string text)
            {
                var secure = new SecureString();
                foreach (var c in text) secure.AppendChar(c);
                secure.MakeReadOnly();
                return secure;
            }
            return value;
        }
    }
}
