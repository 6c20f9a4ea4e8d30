using System;

namespace IntercomPS.Engine.Tests.Isolation
{
    /// <summary>A test of .NET Framework behaviour that Mono is known not to share: skipped on Mono, naming the difference.</summary>
    public sealed class NotOnMonoFactAttribute : FactAttribute
    {
        public NotOnMonoFactAttribute(string difference)
        {
            if (Type.GetType("Mono.Runtime") != null) Skip = "Mono differs from .NET Framework here: " + difference;
        }
    }
}
