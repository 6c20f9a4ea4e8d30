namespace IntercomPS.Cmdlets
{
    /// <summary>Gets macros (saved replies), all of them page by page (or those changed since a date), or by id.</summary>
    [IdParameter("MacroId")]
    public sealed partial class GetIntercomMacroCommand : GetObjectCmdlet<Macro>
    {
        /// <summary>Only the macros changed since this moment.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [DateTimeOffsetTransformation]
        public DateTimeOffset? UpdatedSince { get; set; }

        internal override ResourceDescriptor<Macro> Resource => IntercomResources.Macros;

        protected override IEnumerable<KeyValuePair<string, string>>? ListQuery =>
            QueryPairs.Of(("updated_since", UpdatedSince?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
