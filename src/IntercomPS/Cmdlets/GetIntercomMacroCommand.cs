namespace IntercomPS.Cmdlets
{
    /// <summary>Gets macros (saved replies), all of them page by page (or those changed since a date), or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomMacro", HelpUri = HelpUris.Cmdlets + "Get-IntercomMacro.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Macro))]
    public sealed class GetIntercomMacroCommand : GetObjectCmdlet<Macro>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("MacroId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Only the macros changed since this moment.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? UpdatedSince { get; set; }

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<Macro> Resource => IntercomResources.Macros;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery => UpdatedSince is DateTimeOffset since
            ? new[] { new KeyValuePair<string, string>("updated_since", since.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            : null;
    }
}
