using System;
using System.IO;

namespace IntercomPS.TestSupport
{
    /// <summary>
    /// Where the tests' inputs live: the repository (the folder holding IntercomPS.sln), the module manifest, Prism
    /// under tests/node_modules, Intercom's OpenAPI description vendored in tests/spec/intercom-openapi, and the API
    /// coverage declarations in tests/coverage.
    /// </summary>
    public static class RepositoryLayout
    {
        private const string SolutionFile = "IntercomPS.sln";

        public const string PrismSpecFileName = "api.intercom.io.2.16.prism.json";

        public const string DescriptionFileName = "api.intercom.io.2.16.yaml";

        public const string PrismSpecGeneratorFileName = "make-prism-spec.js";

        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        /// <summary>IntercomPS.psd1, which a user's session imports.</summary>
        public static string ModuleManifest => Path.Combine(RepositoryRoot, "IntercomPS.psd1");

        public static string TestsFolder => Path.Combine(RepositoryRoot, "tests");

        public static string SpecFolder => Path.Combine(TestsFolder, "spec", "intercom-openapi");

        public static string PrismSpecPath => Path.Combine(SpecFolder, PrismSpecFileName);

        public static string PrismCliPath =>
            Path.Combine(TestsFolder, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

        /// <summary>tests/coverage: the invocations the API coverage test runs, and the reasons for what none sends.</summary>
        public static string CoverageFolder => Path.Combine(TestsFolder, "coverage");

        /// <summary>The spec Prism serves and the tests read; a missing file fails them, since without it nothing is checked.</summary>
        public static string RequirePrismSpec()
        {
            var path = PrismSpecPath;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"Intercom's OpenAPI description for Prism is missing: {path}. It is vendored in the repository; restore it " +
                    "with `git checkout -- tests/spec/intercom-openapi`.");
            }
            return path;
        }

        /// <summary>Prism's entry script; a missing one means the npm install step was not run.</summary>
        public static string RequirePrismCli()
        {
            var path = PrismCliPath;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"Prism is not installed ({path} is missing). Run `npm ci` in {TestsFolder} (it installs the pinned " +
                    "@stoplight/prism-cli from tests/package-lock.json), then run the tests again.");
            }
            return path;
        }

        private static string FindRepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder.FullName;
            }
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}; run the tests from inside the repository.");
        }
    }
}
