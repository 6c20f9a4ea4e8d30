using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Adds a note to contacts, written by the connection's admin unless -AdminId says otherwise.</summary>
    [Cmdlet(VerbsCommon.Add, "IntercomNote", HelpUri = HelpUris.Cmdlets + "Add-IntercomNote.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Note))]
    public sealed class AddIntercomNoteCommand : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        public string[] ContactId { get; set; } = new string[0];

        /// <summary>The note's text (plain text or HTML).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Body { get; set; } = string.Empty;

        /// <summary>The admin who writes the note; defaults to the connection's admin.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AdminIdCompleter))]
        public string? AdminId { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.ContactChanges;
            var body = Body;
            var admin = ActingAdmin(AdminId);
            var preview = body.Length > 40 ? body.Substring(0, 40) + "..." : body;
            foreach (var id in ContactId)
            {
                QueueChange("contact " + id, $"Add note '{preview}' as admin {admin}", id, token => changes.AddNoteAsync(id, body, admin, token));
            }
        }
    }
}
