using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace IntercomPS.HelpGen
{
    /// <summary>One example of a cmdlet's help, as written in its source.</summary>
    public sealed record HelpExample(string Cmdlet, int Number, string Title, string Code);

    /// <summary>The generated MAML, the problems that make help incomplete, and every example (for tests to run).</summary>
    public sealed class HelpBuild
    {
        public string Maml { get; init; } = string.Empty;
        public IReadOnlyList<string> Problems { get; init; } = Array.Empty<string>();
        public IReadOnlyList<HelpExample> Examples { get; init; } = Array.Empty<HelpExample>();
        public IReadOnlyList<string> Cmdlets { get; init; } = Array.Empty<string>();

        /// <summary>Each cmdlet's Markdown page (its HelpUri, Get-Help -Online), by path relative to the repository root.</summary>
        public IReadOnlyDictionary<string, string> Markdown { get; init; } = new Dictionary<string, string>();

        /// <summary>The format views generated from the resource declarations (module/IntercomPS.Resources.Format.ps1xml).</summary>
        public FormatViewBuild Formats { get; init; } = new FormatViewBuild();
    }

    /// <summary>
    /// Joins what only a person can write (module/help/*.json: synopsis, description, parameter text, examples) with
    /// what only the cmdlets know (parameter types, sets, positions, pipeline binding), into MAML.
    /// </summary>
    public static class HelpGenerator
    {
        public const string HelpSourceFolder = "module/help";
        public const string MamlPath = "module/en-US/IntercomPS.dll-Help.xml";
        public const string MarkdownFolder = "docs/cmdlets";

        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        // Documented once here: PowerShell adds most of them to every cmdlet that supports paging or ShouldProcess, and
        // every cmdlet that talks to a workspace takes -Connection.
        private static readonly Dictionary<string, string> StandardParameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["First"] = "Returns only this many objects; the module stops requesting pages once it has them.",
            ["Skip"] = "Skips this many objects before returning the rest.",
            ["IncludeTotalCount"] = "Also returns the number of objects, after them: the total the list announces, or the count read when it was read to its end (an estimate otherwise).",
            ["Connection"] = "The connection to use (from Connect-Intercom -PassThru or Get-IntercomConnection); by default the one Connect-Intercom made in this session.",
            ["WhatIf"] = "Shows what would change, and sends nothing to Intercom.",
            ["Confirm"] = "Asks for confirmation before each change.",
        };

        public static HelpBuild Build(string repoRoot)
        {
            var cmdlets = ReadCmdlets(Path.Combine(repoRoot, "IntercomPS.psd1"));
            var problems = new List<string>();
            var examples = new List<HelpExample>();
            var markdown = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var sourceFolder = Path.Combine(repoRoot, HelpSourceFolder);
            var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"));
            foreach (var cmdlet in cmdlets)
            {
                var sourcePath = Path.Combine(sourceFolder, cmdlet.Name + ".json");
                if (!File.Exists(sourcePath))
                {
                    problems.Add($"{cmdlet.Name}: no help source; write {HelpSourceFolder}/{cmdlet.Name}.json.");
                    continue;
                }
                HelpSource source;
                try
                {
                    source = JsonSerializer.Deserialize<HelpSource>(File.ReadAllText(sourcePath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip })
                             ?? throw new JsonException("empty document");
                }
                catch (JsonException ex)
                {
                    problems.Add($"{cmdlet.Name}: {HelpSourceFolder}/{cmdlet.Name}.json is not valid: {ex.Message}");
                    continue;
                }
                problems.AddRange(Check(cmdlet, source));
                examples.AddRange(source.Examples.Select((e, i) => new HelpExample(cmdlet.Name, i + 1, e.Title, e.Code)));
                root.Add(CommandElement(cmdlet, source));
                markdown[MarkdownFolder + "/" + cmdlet.Name + ".md"] = MarkdownPage(cmdlet, source);
                var expectedUri = OnlineUriBase + cmdlet.Name + ".md";
                if (HelpUriOf(cmdlet) != expectedUri) problems.Add($"{cmdlet.Name}: HelpUri is '{HelpUriOf(cmdlet)}', expected '{expectedUri}'.");
            }
            foreach (var orphan in Directory.Exists(sourceFolder) ? Directory.GetFiles(sourceFolder, "*.json") : Array.Empty<string>())
            {
                var name = Path.GetFileNameWithoutExtension(orphan);
                if (!cmdlets.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{name}: help source for a cmdlet the module does not export.");
                }
            }
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
            return new HelpBuild
            {
                Maml = document.Declaration + "\n" + document.Root!.ToString() + "\n",
                Problems = problems,
                Examples = examples,
                Cmdlets = cmdlets.Select(c => c.Name).ToList(),
                Markdown = markdown,
                // After ReadCmdlets: the views are read from the engine the module import loaded.
                Formats = FormatViewGenerator.Build(repoRoot),
            };
        }

        /// <summary>The module's cmdlets as the engine sees them after importing the manifest.</summary>
        private static List<CmdletInfo> ReadCmdlets(string manifest)
        {
            var state = InitialSessionState.CreateDefault2();
            using var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            using var ps = PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("PassThru").AddParameter("ErrorAction", "Stop");
            var module = (PSModuleInfo)ps.Invoke().Last().BaseObject;
            return module.ExportedCmdlets.Values.OrderBy(c => c.Noun, StringComparer.Ordinal).ThenBy(c => c.Verb, StringComparer.Ordinal).ToList();
        }

        private static IEnumerable<string> Check(CmdletInfo cmdlet, HelpSource source)
        {
            if (string.IsNullOrWhiteSpace(source.Synopsis)) yield return $"{cmdlet.Name}: no synopsis.";
            if (string.IsNullOrWhiteSpace(source.Description)) yield return $"{cmdlet.Name}: no description.";
            if (source.Examples.Count < 2) yield return $"{cmdlet.Name}: {source.Examples.Count} example(s); write at least two.";
            foreach (var example in source.Examples.Where(e => string.IsNullOrWhiteSpace(e.Code)))
            {
                yield return $"{cmdlet.Name}: example '{example.Title}' has no code.";
            }
            var declared = DocumentedParameters(cmdlet).Select(p => p.Name).ToList();
            foreach (var name in declared.Where(n => !StandardParameters.ContainsKey(n) && !HasText(source.Parameters, n)))
            {
                yield return $"{cmdlet.Name}: parameter -{name} has no help.";
            }
            foreach (var name in source.Parameters.Keys.Where(n => !declared.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                yield return $"{cmdlet.Name}: help describes -{name}, which the cmdlet does not have.";
            }
            if (source.Outputs.Count == 0) yield return $"{cmdlet.Name}: no output type described.";
        }

        private static bool HasText(Dictionary<string, string> texts, string name) =>
            texts.Any(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(pair.Value));

        private static IEnumerable<ParameterMetadata> DocumentedParameters(CmdletInfo cmdlet) =>
            cmdlet.Parameters.Values
                .Where(p => !Cmdlet.CommonParameters.Contains(p.Name) && !(Cmdlet.OptionalCommonParameters.Contains(p.Name) && !StandardParameters.ContainsKey(p.Name)))
                .OrderBy(p => Position(p))
                .ThenBy(p => p.Name, StringComparer.Ordinal);

        private static int Position(ParameterMetadata parameter)
        {
            var positions = parameter.ParameterSets.Values.Select(s => s.Position).Where(p => p >= 0).ToList();
            return positions.Count == 0 ? int.MaxValue : positions.Min();
        }

        private static XElement CommandElement(CmdletInfo cmdlet, HelpSource source)
        {
            var parameters = DocumentedParameters(cmdlet).ToList();
            return new XElement(Command + "command",
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XElement(Command + "details",
                    new XElement(Command + "name", cmdlet.Name),
                    new XElement(Command + "verb", cmdlet.Verb),
                    new XElement(Command + "noun", cmdlet.Noun),
                    Description(source.Synopsis)),
                Description(source.Description),
                new XElement(Command + "syntax", cmdlet.ParameterSets.Select(set => SyntaxItem(cmdlet, set, parameters))),
                new XElement(Command + "parameters", parameters.Select(p => ParameterElement(p, TextFor(source, p.Name), null))),
                new XElement(Command + "inputTypes", source.Inputs.Select(t => TypeElement("inputType", t))),
                new XElement(Command + "returnValues", source.Outputs.Select(t => TypeElement("returnValue", t))),
                string.IsNullOrWhiteSpace(source.Notes) ? null : new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(source.Notes))),
                new XElement(Command + "examples", source.Examples.Select((e, i) => new XElement(Command + "example",
                    new XElement(Maml + "title", $"-------------------------- Example {i + 1}: {e.Title} --------------------------"),
                    new XElement(Dev + "code", e.Code.Replace("\r\n", "\n")),
                    new XElement(Dev + "remarks", Paragraphs(e.Remarks))))),
                new XElement(Command + "relatedLinks",
                    new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", "Online Version:"), new XElement(Maml + "uri", HelpUriOf(cmdlet))),
                    source.Links.Select(link => new XElement(Maml + "navigationLink",
                    new XElement(Maml + "linkText", link),
                    new XElement(Maml + "uri", link.StartsWith("http", StringComparison.Ordinal) ? link : string.Empty)))));
        }

        private static string? HelpUriOf(CmdletInfo cmdlet) =>
            ((CmdletAttribute?)Attribute.GetCustomAttribute(cmdlet.ImplementingType, typeof(CmdletAttribute)))?.HelpUri;

        /// <summary>Where each cmdlet's page is published: its HelpUri (the repository's docs/cmdlets folder).</summary>
        public const string OnlineUriBase = "https://github.com/intercomps/IntercomPS/blob/main/" + MarkdownFolder + "/";

        /// <summary>The cmdlet's help as a Markdown page: the same text as the MAML, for reading online.</summary>
        private static string MarkdownPage(CmdletInfo cmdlet, HelpSource source)
        {
            var page = new StringBuilder();
            void Line(string text = "") => page.Append(text).Append('\n');
            Line("<!-- Generated by tools/IntercomPS.HelpGen from module/help/" + cmdlet.Name + ".json: edit that file, then run dotnet run --project tools/IntercomPS.HelpGen. -->");
            Line("# " + cmdlet.Name);
            Line();
            Line(Clean(source.Synopsis));
            Line();
            Line("## Syntax");
            Line();
            var documented = DocumentedParameters(cmdlet).ToList();
            var names = new HashSet<string>(documented.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
            foreach (var set in cmdlet.ParameterSets)
            {
                Line("```powershell");
                var parts = set.Parameters.Where(p => names.Contains(p.Name))
                    .OrderBy(p => p.Position < 0 ? int.MaxValue : p.Position).ThenBy(p => p.IsMandatory ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p =>
                    {
                        var value = p.ParameterType == typeof(SwitchParameter) ? "" : " <" + FriendlyName(p.ParameterType) + ">";
                        var name = p.Position >= 0 ? "[-" + p.Name + "]" + value : "-" + p.Name + value;
                        return p.IsMandatory ? name : "[" + name + "]";
                    });
                Line(cmdlet.Name + " " + string.Join(" ", parts) + (set.IsDefault && cmdlet.ParameterSets.Count > 1 ? "    # default" : ""));
                Line("```");
                Line();
            }
            Line("## Description");
            Line();
            foreach (var paragraph in Paras(source.Description)) { Line(paragraph); Line(); }
            Line("## Parameters");
            Line();
            foreach (var parameter in documented)
            {
                Line("### -" + parameter.Name);
                Line();
                Line(Clean(TextFor(source, parameter.Name)));
                Line();
                var pipeline = parameter.ParameterSets.Values.Any(s => s.ValueFromPipeline) ? "by value" : null;
                var byName = parameter.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName) ? "by property name" : null;
                Line("Type: `" + (parameter.SwitchParameter ? "SwitchParameter" : FriendlyName(parameter.ParameterType)) + "`; "
                     + (parameter.ParameterSets.Values.Any(s => s.IsMandatory) ? "required" : "optional")
                     + (parameter.Aliases.Count > 0 ? "; aliases " + string.Join(", ", parameter.Aliases.Select(a => "`" + a + "`")) : string.Empty)
                     + (pipeline != null || byName != null ? "; pipeline input " + string.Join(" and ", new[] { pipeline, byName }.Where(x => x != null)) : string.Empty) + ".");
                Line();
            }
            Line("## Inputs");
            Line();
            foreach (var type in source.Inputs) Line("- `" + type.Type + "`: " + Clean(type.Description));
            if (source.Inputs.Count == 0) Line("None.");
            Line();
            Line("## Outputs");
            Line();
            foreach (var type in source.Outputs) Line("- `" + type.Type + "`: " + Clean(type.Description));
            Line();
            if (!string.IsNullOrWhiteSpace(source.Notes))
            {
                Line("## Notes");
                Line();
                foreach (var paragraph in Paras(source.Notes)) { Line(paragraph); Line(); }
            }
            Line("## Examples");
            Line();
            for (var i = 0; i < source.Examples.Count; i++)
            {
                var example = source.Examples[i];
                Line($"### Example {i + 1}: {Clean(example.Title)}");
                Line();
                Line("```powershell");
                Line(example.Code.Replace("\r\n", "\n"));
                Line("```");
                Line();
                foreach (var paragraph in Paras(example.Remarks)) { Line(paragraph); Line(); }
            }
            Line("## Related links");
            Line();
            foreach (var link in source.Links)
            {
                Line(link.StartsWith("http", StringComparison.Ordinal) ? $"- <{link}>"
                    : link.StartsWith("about_", StringComparison.Ordinal) ? $"- {link} (`Get-Help {link}`)"
                    : $"- [{link}]({link}.md)");
            }
            return page.ToString();
        }

        private static string Clean(string? text) => (text ?? string.Empty).Replace("\r\n", "\n").Trim();

        private static IEnumerable<string> Paras(string? text) =>
            Clean(text).Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim());

        private static string TextFor(HelpSource source, string name) =>
            source.Parameters.FirstOrDefault(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
            ?? (StandardParameters.TryGetValue(name, out var standard) ? standard : string.Empty);

        private static XElement SyntaxItem(CmdletInfo cmdlet, CommandParameterSetInfo set, List<ParameterMetadata> documented)
        {
            var names = new HashSet<string>(documented.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
            var inSet = set.Parameters.Where(p => names.Contains(p.Name))
                .OrderBy(p => p.Position < 0 ? int.MaxValue : p.Position)
                .ThenBy(p => p.IsMandatory ? 0 : 1)
                .ThenBy(p => p.Name, StringComparer.Ordinal);
            return new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", cmdlet.Name),
                inSet.Select(p => ParameterElement(cmdlet.Parameters[p.Name], null, p)));
        }

        private static XElement ParameterElement(ParameterMetadata parameter, string? text, CommandParameterInfo? inSet)
        {
            var sets = parameter.ParameterSets.Values.ToList();
            var mandatory = inSet?.IsMandatory ?? sets.Any(s => s.IsMandatory);
            var position = inSet != null ? inSet.Position : sets.Select(s => s.Position).DefaultIfEmpty(-1).Max();
            var byValue = inSet?.ValueFromPipeline ?? sets.Any(s => s.ValueFromPipeline);
            var byName = inSet?.ValueFromPipelineByPropertyName ?? sets.Any(s => s.ValueFromPipelineByPropertyName);
            var pipeline = byValue && byName ? "True (ByValue, ByPropertyName)" : byValue ? "True (ByValue)" : byName ? "True (ByPropertyName)" : "False";
            var typeName = parameter.SwitchParameter ? "SwitchParameter" : FriendlyName(parameter.ParameterType);
            return new XElement(Command + "parameter",
                new XAttribute("required", mandatory ? "true" : "false"),
                new XAttribute("variableLength", parameter.ParameterType.IsArray ? "true" : "false"),
                new XAttribute("globbing", "false"),
                new XAttribute("pipelineInput", pipeline),
                new XAttribute("position", position < 0 ? "named" : position.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
                new XElement(Maml + "name", parameter.Name),
                text == null ? null : Description(text),
                parameter.SwitchParameter ? null : new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), typeName),
                new XElement(Dev + "type", new XElement(Maml + "name", typeName)),
                text == null ? null : new XElement(Dev + "defaultValue", "None"));
        }

        private static XElement TypeElement(string kind, HelpType type) =>
            new XElement(Command + kind,
                new XElement(Dev + "type", new XElement(Maml + "name", type.Type)),
                Description(type.Description));

        private static XElement Description(string? text) => new XElement(Maml + "description", Paragraphs(text));

        private static IEnumerable<XElement> Paragraphs(string? text) =>
            (text ?? string.Empty).Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => new XElement(Maml + "para", p.Trim()));

        private static string FriendlyName(Type type)
        {
            if (type.IsArray) return FriendlyName(type.GetElementType()!) + "[]";
            var nullable = Nullable.GetUnderlyingType(type);
            if (nullable != null) return FriendlyName(nullable);
            if (!type.IsGenericType) return type.Name;
            var name = type.Name.Substring(0, type.Name.IndexOf('`'));
            return name + "[" + string.Join(",", type.GetGenericArguments().Select(FriendlyName)) + "]";
        }

        private sealed class HelpSource
        {
            public string? Synopsis { get; set; }
            public string? Description { get; set; }
            public Dictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();
            public List<HelpType> Inputs { get; set; } = new List<HelpType>();
            public List<HelpType> Outputs { get; set; } = new List<HelpType>();
            public List<HelpExampleSource> Examples { get; set; } = new List<HelpExampleSource>();
            public string? Notes { get; set; }
            public List<string> Links { get; set; } = new List<string>();
        }

        private sealed class HelpType
        {
            public string Type { get; set; } = string.Empty;
            public string? Description { get; set; }
        }

        private sealed class HelpExampleSource
        {
            public string Title { get; set; } = string.Empty;
            public string Code { get; set; } = string.Empty;
            public string? Remarks { get; set; }
        }
    }
}
