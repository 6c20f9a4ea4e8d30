namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that change existing objects and write them only when asked (-PassThru): Set-*
    /// (the descriptor's update, unless the cmdlet names another operation) and the actions on an object
    /// (Stop-IntercomDataExport, Merge-IntercomConversation...).
    /// </summary>
    public abstract class SetObjectCmdlet<TResult> : ObjectChangeCmdlet<TResult> where TResult : IntercomObject
    {
        /// <summary>Writes each object as Intercom answers after its change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override bool WritesResults => PassThru.IsPresent;

        internal override ApiOperation Operation => Resource.Update!;
    }
}
