namespace IntercomPS.Sandbox { internal static class SandboxAssembly { } }
