namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Gets the kinds of admin activity Intercom logs (admin_login_success, app_name_change...), as text: the values
    /// Get-IntercomAdminActivityLog's ActivityType takes.
    /// </summary>
    [OutputType(typeof(string))]
    public sealed partial class GetIntercomAdminActivityLogEventTypeCommand : IntercomConnectedCmdlet
    {
        /// <summary>Only the kinds whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void EndProcessing()
        {
            var client = ActiveConnection.Resources;
            var list = RunEngineWork(token => client.GetAsync(IntercomResources.AdminActivityLogEventTypes, PathValues.None, token));
            var pattern = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            foreach (var eventType in list.EventTypes ?? Array.Empty<string>())
            {
                if (pattern == null || pattern.IsMatch(eventType)) WriteObject(eventType);
            }
        }
    }
}
