namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Sets admins away or back (the one thing the API changes on an admin), optionally with a reason and with
    /// their new conversations reassigned while away. Piped admins bind by their Id.
    /// </summary>
    [IdParameter("AdminId", Completer = typeof(AdminIdCompleter))]
    public sealed partial class SetIntercomAdminCommand : SetObjectCmdlet<Admin>
    {
        /// <summary>$true to set the admin away, $false to set them back.</summary>
        [Parameter(Mandatory = true)]
        public bool AwayModeEnabled { get; set; }

        /// <summary>Reassigns conversations that arrive for the admin while away.</summary>
        [Parameter]
        public SwitchParameter AwayModeReassign { get; set; }

        /// <summary>Why the admin is away: an id from Get-IntercomAwayStatusReason.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long AwayStatusReasonId { get; set; }

        internal override ResourceDescriptor Resource => IntercomResources.Admins;

        internal override ApiOperation Operation => IntercomResources.Admins.Action("away");

        protected override string Action => AwayModeEnabled ? "Set away" : "Set back from away";

        // Intercom requires away_mode_reassign with every change: false unless -AwayModeReassign.
        protected override IDictionary<string, object?>? ExtraBody => new Dictionary<string, object?> { ["away_mode_reassign"] = AwayModeReassign.IsPresent };
    }
}
