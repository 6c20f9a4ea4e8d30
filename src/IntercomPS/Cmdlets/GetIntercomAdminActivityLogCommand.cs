using IntercomPS.Engine.Ranges;

namespace IntercomPS.Cmdlets
{
    /// <summary>
    /// Reads what admins did in the workspace (sign-ins, setting changes, exports, deletions...) in a date range,
    /// window by window like Search-IntercomConversation -Since: each item once, in [Since, Until).
    /// </summary>
    [CmdletOptions(DefaultParameterSetName = RangeSet)]
    public sealed partial class GetIntercomAdminActivityLogCommand : RangeSearchCmdlet<ActivityLog>
    {
        protected override void EndProcessing()
        {
            if (Since == null)
            {
                var message = "Intercom lists activity logs for a date range only: add -Since (the start of the range), e.g. -Since (Get-Date).AddDays(-7).";
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "SinceRequired", ErrorCategory.InvalidArgument, null, message));
            }
            RunSearch(BuildRequest()!);
        }

        internal override SearchRequest? BuildRequest() => NewRequest(null);

        internal override Task<RangeReadResult?> SearchAsync(SearchRequest request, IPageObserver<ActivityLog> observer, CancellationToken cancellationToken) =>
            ActiveConnection.Resources.ListRangeAsync(IntercomResources.AdminActivityLogs, request, observer, cancellationToken);
    }
}
