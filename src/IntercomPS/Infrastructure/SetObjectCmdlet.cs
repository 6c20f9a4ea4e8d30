namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that change existing objects and write them only when asked (-PassThru): Set-*
    /// (the descriptor's update, unless the cmdlet names another operation), Remove-* that Intercom answers with the
    /// object (an archived attribute) and the actions on an object (Stop-IntercomDataExport, Merge-IntercomConversation...).
    /// </summary>
    [PassThruParameter]
    public abstract partial class SetObjectCmdlet<TResult> : ObjectChangeCmdlet<TResult> where TResult : IntercomObject
    {
    }
}
