using IntercomPS.Engine.Models;

namespace IntercomPS.Engine.Resources.Declarations
{
    public static partial class IntercomResources
    {
        /// <summary>The weekly hours the workspace is open, each schedule in its own time zone.</summary>
        public static readonly ResourceDescriptor<OfficeHoursSchedule> OfficeHoursSchedules = new ResourceDescriptor<OfficeHoursSchedule>("OfficeHoursSchedule", "id")
            .Lists("office_hours_schedules", PagingKind.WholeList, "data")
            .Gets("office_hours_schedules/{id}")
            .Creates("office_hours_schedules", false, "name", "time_zone_name")
            .Updates("office_hours_schedules/{id}", "PUT", "name", "time_zone_name")
            .Deletes("office_hours_schedules/{id}")
            .Shows(new[] { "Id:8", "Name:26", "TimeZoneName=TimeZone:20", "TwentyFourSeven=24/7:5", "UpdatedAt" },
                new[] { "Id", "Name", "TimeZoneName", "TwentyFourSeven", "TimeIntervals", "CreatedAt", "UpdatedAt" });

        private static readonly string[] OfficeHoursExceptionFields = { "exception_type", "name", "recurring_annually" };

        /// <summary>Dates on which a schedule's regular hours do not hold (a holiday closure, shorter hours), under their schedule.</summary>
        public static readonly ResourceDescriptor<OfficeHoursException> OfficeHoursExceptions = new ResourceDescriptor<OfficeHoursException>("OfficeHoursException", "id")
            .Lists("office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions", PagingKind.WholeList, "data")
            .Gets("office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}")
            .Creates("office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions", false, OfficeHoursExceptionFields)
            .Updates("office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}", "PUT", OfficeHoursExceptionFields)
            .Deletes("office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}")
            .Shows(new[] { "Id:8", "OfficeHoursScheduleId=Schedule:9", "ExceptionDate=Date:11", "ExceptionType=Type:13", "RecurringAnnually=Yearly:6", "Name" },
                new[] { "Id", "OfficeHoursScheduleId", "Name", "ExceptionDate", "ExceptionType", "RecurringAnnually", "TimeIntervals", "CreatedAt", "UpdatedAt" });

        private static readonly string[] ConversationAttributeFields =
        {
            "name", "description", "multiline", "required", "visible_to_team_ids=VisibleToTeamId",
            "reference.type=Cardinality", "reference.object_type_id=ObjectTypeId",
        };

        /// <summary>
        /// The workspace's own conversation attributes (the fields teammates fill in on a conversation). A delete
        /// archives; the options of a list attribute are added, renamed and archived under it, each answering the attribute.
        /// </summary>
        public static readonly ResourceDescriptor<ConversationAttribute> ConversationAttributes = new ResourceDescriptor<ConversationAttribute>("ConversationAttribute", "id")
            .Lists("conversations/attributes", PagingKind.WholeList, "data")
            .Gets("conversations/attributes/{id}")
            .Creates("conversations/attributes", false, ConversationAttributeFields.Append("data_type").ToArray())
            .Updates("conversations/attributes/{id}", "PUT", ConversationAttributeFields)
            .Deletes("conversations/attributes/{id}")
            .Acts("add-option", "POST", "conversations/attributes/{id}/options", false, "label")
            .Acts("rename-option", "PUT", "conversations/attributes/{id}/options/{option_id}", false, "label")
            .Acts("archive-option", "DELETE", "conversations/attributes/{id}/options/{option_id}")
            .Shows(new[] { "Id:6", "DataType=Type:12", "Required:8", "Archived:8", "Name" },
                new[] { "Id", "Name", "Description", "DataType", "Required", "Archived", "Multiline", "Options", "Reference", "VisibleToTeamIds", "AdminId", "CreatedAt", "UpdatedAt" });

        public static readonly ResourceDescriptor<Brand> Brands = new ResourceDescriptor<Brand>("Brand", "id")
            .Lists("brands", PagingKind.WholeList, "data")
            .Gets("brands/{id}")
            .CachedWhole()
            .Shows(new[] { "Id:10", "IsDefault=Default:7", "HelpCenterId=HelpCenter:10", "Name" },
                new[] { "Id", "Name", "IsDefault", "HelpCenterId", "DefaultAddressSettingsId", "CreatedAt", "UpdatedAt" });

        /// <summary>Saved replies teammates insert into conversations; cursor paged, filtered by last change.</summary>
        public static readonly ResourceDescriptor<Macro> Macros = new ResourceDescriptor<Macro>("Macro", "id")
            .Lists("macros", PagingKind.Cursor, "data", maxPageSize: 150)
            .Gets("macros/{id}")
            .Shows(new[] { "Id:10", "VisibleTo:15", "AvailableOn:18", "Name" },
                new[] { "Id", "Name", "BodyText", "VisibleTo", "VisibleToTeamIds", "AvailableOn", "CreatedAt", "UpdatedAt" });

        /// <summary>The addresses the workspace sends email from (GET /emails).</summary>
        public static readonly ResourceDescriptor<EmailSetting> EmailSettings = new ResourceDescriptor<EmailSetting>("EmailSetting", "id")
            .Lists("emails", PagingKind.WholeList, "data")
            .Gets("emails/{id}")
            .Shows(new[] { "Id:8", "Verified:8", "ForwardingEnabled=Forwarding:10", "BrandId=Brand:8", "Email" },
                new[] { "Id", "Email", "Domain", "Verified", "BrandId", "ForwardingEnabled", "ForwardedEmailLastReceivedAt", "CreatedAt", "UpdatedAt" });

        /// <summary>
        /// The addresses allowed to reach the workspace: one object for the workspace, read and replaced whole (a
        /// write replaces the list, so one range is added or removed by reading, changing and writing it back).
        /// </summary>
        public static readonly ResourceDescriptor<IpAllowlist> IpAllowlists = new ResourceDescriptor<IpAllowlist>("IpAllowlist", "ip_allowlist")
            .Gets("ip_allowlist")
            .Updates("ip_allowlist", "PUT", "enabled")
            .Shows(new[] { "Enabled:8", "IpAllowlistValue=Allowed" }, new[] { "Enabled", "IpAllowlistValue" });

        /// <summary>Each teammate's open, idle and snoozed conversations in a team, right now.</summary>
        public static readonly ResourceDescriptor<TeamMetric> TeamMetrics = new ResourceDescriptor<TeamMetric>("TeamMetric", "admin_id", metric => metric.AdminId)
            .Lists("teams/{team_id}/metrics", PagingKind.WholeList, "data")
            .Shows(new[] { "TeamId=Team:8", "AdminId=Admin:10", "Open:6", "Idle:6", "Snoozed:7" },
                new[] { "TeamId", "AdminId", "Open", "Idle", "Snoozed" });

        /// <summary>The kinds of admin activity Intercom logs (admin_login_success, app_name_change...): one list for the workspace.</summary>
        public static readonly ResourceDescriptor<ActivityLogEventTypeList> AdminActivityLogEventTypes = new ResourceDescriptor<ActivityLogEventTypeList>("AdminActivityLogEventType", "event_type")
            .Gets("admins/activity_log_event_types");
    }
}
