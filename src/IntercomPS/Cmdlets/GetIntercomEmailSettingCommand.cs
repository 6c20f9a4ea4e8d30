namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the addresses the workspace sends email from (verified or not, forwarding or not), all of them or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomEmailSetting", HelpUri = HelpUris.Cmdlets + "Get-IntercomEmailSetting.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(EmailSetting))]
    public sealed class GetIntercomEmailSettingCommand : GetObjectCmdlet<EmailSetting>
    {
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EmailSettingId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override string[] Ids => Id;

        internal override ResourceDescriptor<EmailSetting> Resource => IntercomResources.EmailSettings;
    }
}
