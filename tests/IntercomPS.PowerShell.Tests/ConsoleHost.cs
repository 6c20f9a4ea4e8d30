using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// A minimal non-interactive host: enough for formatting (Out-Default), verbose/warning lines and progress.
    /// Writes to the console, or to any writers (tests capture formatted output this way).
    /// </summary>
    public sealed class ConsoleHost : PSHost
    {
        private readonly ConsoleUI _ui;

        public ConsoleHost() : this(Console.Out, Console.Error) { }

        public ConsoleHost(System.IO.TextWriter output, System.IO.TextWriter diagnostics) => _ui = new ConsoleUI(output, diagnostics);

        /// <summary>
        /// Answers confirmation prompts (ShouldProcess, ShouldContinue) when set: given the caption, message and
        /// choice labels, returns the index chosen. Unset, the host refuses to prompt, as a non-interactive host must.
        /// </summary>
        public Func<string, string, IReadOnlyList<string>, int>? AnswerChoice
        {
            get => _ui.AnswerChoice;
            set => _ui.AnswerChoice = value;
        }

        /// <summary>Every prompt shown ("caption: message"), in order.</summary>
        public IReadOnlyList<string> PromptsShown => _ui.PromptsShown;

        public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;
        public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override string Name => "IntercomPS.Shell";
        public override PSHostUserInterface UI => _ui;
        public override Version Version => new Version(0, 1);
        public override void EnterNestedPrompt() => throw new NotSupportedException();
        public override void ExitNestedPrompt() => throw new NotSupportedException();
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
        public override void SetShouldExit(int exitCode) { }
    }

    internal sealed class ConsoleUI : PSHostUserInterface
    {
        private readonly ConsoleRawUI _raw = new ConsoleRawUI();
        private readonly System.IO.TextWriter _out;
        private readonly System.IO.TextWriter _err;

        public ConsoleUI(System.IO.TextWriter output, System.IO.TextWriter diagnostics)
        {
            _out = output;
            _err = diagnostics;
        }

        public override PSHostRawUserInterface RawUI => _raw;
        public override void Write(string value) => _out.Write(Plain(value));
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => _out.Write(Plain(value));
        public override void WriteLine(string value) => _out.WriteLine(Plain(value));

        // Format views colour their headers with escape sequences; a log file or a test wants the text alone.
        private static readonly System.Text.RegularExpressions.Regex Escapes = new System.Text.RegularExpressions.Regex("\x1b\\[[0-9;]*[A-Za-z]");

        private string Plain(string value) => ReferenceEquals(_out, Console.Out) && !Console.IsOutputRedirected ? value : Escapes.Replace(value, string.Empty);
        public override void WriteErrorLine(string value) => _err.WriteLine(value);
        public override void WriteDebugLine(string message) => _err.WriteLine("DEBUG: " + message);
        public override void WriteVerboseLine(string message) => _err.WriteLine("VERBOSE: " + message);
        public override void WriteWarningLine(string message) => _err.WriteLine("WARNING: " + message);

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
            // Progress goes to stderr, one line per update only when the status changes, so logs stay readable.
            if (record.RecordType == ProgressRecordType.Completed) return;
            var line = $"{record.Activity}: {record.StatusDescription}";
            if (line != _lastProgress) _err.WriteLine("PROGRESS: " + line);
            _lastProgress = line;
        }

        private string? _lastProgress;

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new PSInvalidOperationException("This host is non-interactive.");
        public Func<string, string, IReadOnlyList<string>, int>? AnswerChoice { get; set; }

        private readonly List<string> _prompts = new List<string>();

        public IReadOnlyList<string> PromptsShown
        {
            get { lock (_prompts) return _prompts.ToArray(); }
        }

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            lock (_prompts) _prompts.Add(caption + ": " + message);
            var answer = AnswerChoice ?? throw new PSInvalidOperationException("This host is non-interactive; use -Force or -Confirm:$false.");
            var labels = new List<string>();
            foreach (var choice in choices) labels.Add(choice.Label);
            return answer(caption, message, labels);
        }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new PSInvalidOperationException("This host is non-interactive.");
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new PSInvalidOperationException("This host is non-interactive.");
        public override string ReadLine() => throw new PSInvalidOperationException("This host is non-interactive.");
        public override SecureString ReadLineAsSecureString() => throw new PSInvalidOperationException("This host is non-interactive.");
    }

    internal sealed class ConsoleRawUI : PSHostRawUserInterface
    {
        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
        public override Size BufferSize { get => new Size(Width, 9999); set { } }
        public override Coordinates CursorPosition { get; set; }
        public override int CursorSize { get; set; }
        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
        public override bool KeyAvailable => false;
        public override Size MaxPhysicalWindowSize => new Size(Width, 100);
        public override Size MaxWindowSize => new Size(Width, 100);
        public override Coordinates WindowPosition { get; set; }
        public override Size WindowSize { get => new Size(Width, 100); set { } }
        public override string WindowTitle { get; set; } = "IntercomPS tests";

        private static int Width
        {
            get
            {
                try { return Console.IsOutputRedirected ? 160 : Math.Max(80, Console.WindowWidth); }
                catch (System.IO.IOException) { return 160; }
            }
        }

        public override void FlushInputBuffer() { }
        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();
        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();
        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();
        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();
        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
    }
}
