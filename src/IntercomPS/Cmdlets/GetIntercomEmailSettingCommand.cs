namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the addresses the workspace sends email from (verified or not, forwarding or not), all of them or by id.</summary>
    [Cmdlet(VerbsCommon.Get, "IntercomEmailSetting", HelpUri = HelpUris.Cmdlets + "Get-IntercomEmailSetting.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(EmailSetting))]
    [IdParameter("EmailSettingId")]
    public sealed partial class GetIntercomEmailSettingCommand : GetObjectCmdlet<EmailSetting>
    {
        internal override ResourceDescriptor<EmailSetting> Resource => IntercomResources.EmailSettings;
    }
}
