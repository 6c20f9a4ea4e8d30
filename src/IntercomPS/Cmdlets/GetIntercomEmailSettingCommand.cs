namespace IntercomPS.Cmdlets
{
    /// <summary>Gets the addresses the workspace sends email from (verified or not, forwarding or not), all of them or by id.</summary>
    [IdParameter("EmailSettingId")]
    public sealed partial class GetIntercomEmailSettingCommand : GetObjectCmdlet<EmailSetting>
    {
        internal override ResourceDescriptor<EmailSetting> Resource => IntercomResources.EmailSettings;
    }
}
