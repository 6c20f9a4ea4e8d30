using System;
using System.IO;

namespace IntercomPS.Conformance.Tests.Prism
{
    /// <summary>
    /// Where the suite's inputs live: the repository (the folder holding IntercomPS.sln), Prism under tests/node_modules,
    /// and Intercom's OpenAPI description vendored in tests/spec/intercom-openapi.
    /// </summary>
    internal static class RepositoryLayout
    {
        private const string SolutionFile = "IntercomPS.sln";

        public const string PrismSpecFileName = "api.intercom.io.2.16.prism.json";

        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        public static string TestsFolder => Path.Combine(RepositoryRoot, "tests");

        public const string DescriptionFileName = "api.intercom.io.2.16.yaml";

        public const string PrismSpecGeneratorFileName = "make-prism-spec.js";

        public static string SpecFolder => Path.Combine(TestsFolder, "spec", "intercom-openapi");

        public static string PrismSpecPath => Path.Combine(SpecFolder, PrismSpecFileName);

        public static string PrismCliPath =>
            Path.Combine(TestsFolder, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");

        /// <summary>The spec Prism serves; a missing file fails the suite, since without it nothing is checked.</summary>
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
            throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}; run the suite from inside the repository.");
        }
    }
}
