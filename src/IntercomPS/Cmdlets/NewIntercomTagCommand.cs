namespace IntercomPS.Cmdlets
{
    /// <summary>Creates a workspace tag; a tag of that name already there is reported unchanged (and written with -PassThru).</summary>
    [OutputType(typeof(Tag))]
    public sealed partial class NewIntercomTagCommand : ChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Name { get; set; } = new string[0];

        protected override bool WritesResults => true;

        protected override void ProcessRecord()
        {
            var changes = ActiveConnection.TagChanges;
            foreach (var name in Name)
            {
                QueueChange($"tag '{name}'", "Create tag", name, token => changes.CreateAsync(name, token));
            }
        }
    }
}
