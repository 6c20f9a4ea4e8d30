public class Smoke { [Fact] public void Loads() { Assert.NotNull(typeof(IntercomPS.Sandbox.SandboxAssembly)); } }
