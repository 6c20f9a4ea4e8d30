using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>/me, admins, teams, tags, segments and data attributes.</summary>
    internal static class WorkspaceRoutes
    {
        [Answers(SandboxRoutes.Me)]
        private static ApiResponse Me(ApiContext context) => ApiResponse.Json(w => WorkspaceJson.Me(w, context.State.Catalog));

        [Answers(SandboxRoutes.ListAdmins)]
        private static ApiResponse ListAdmins(ApiContext context)
        {
            var withAvatar = context.QueryFlag("display_avatar");
            return ApiResponse.Json(w =>
            {
                w.WriteTypedListAnswer("admin.list", "admins", () => { foreach (var admin in context.State.Catalog.Admins) WorkspaceJson.Admin(w, admin, withAvatar); });
            });
        }

        [Answers(SandboxRoutes.GetAdmin)]
        private static ApiResponse GetAdmin(ApiContext context)
        {
            var admin = context.State.Catalog.FindAdmin(context.Route("admin_id")) ?? throw ApiException.NotFound("Admin not found", "admin_not_found");
            return ApiResponse.Json(w => WorkspaceJson.Admin(w, admin, withAvatar: false));
        }

        [Answers(SandboxRoutes.ListTeams)]
        private static ApiResponse ListTeams(ApiContext context) => ApiResponse.Json(w =>
        {
            w.WriteTypedListAnswer("team.list", "teams", () => { foreach (var team in context.State.Catalog.Teams) WorkspaceJson.Team(w, team); });
        });

        [Answers(SandboxRoutes.GetTeam)]
        private static ApiResponse GetTeam(ApiContext context)
        {
            var team = context.State.Catalog.FindTeam(context.Route("team_id")) ?? throw ApiException.NotFound("Team not found", "team_not_found");
            return ApiResponse.Json(w => WorkspaceJson.Team(w, team));
        }

        [Answers(SandboxRoutes.ListTags)]
        private static ApiResponse ListTags(ApiContext context)
        {
            var tags = context.State.Catalog.Tags;
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var tag in tags) WorkspaceJson.Tag(w, tag); });
            });
        }

        [Answers(SandboxRoutes.GetTag)]
        private static ApiResponse GetTag(ApiContext context)
        {
            var tag = context.State.Catalog.FindTag(context.Route("tag_id")) ?? throw ApiException.NotFound();
            return ApiResponse.Json(w => WorkspaceJson.Tag(w, tag));
        }

        /// <summary>
        /// POST /tags: create (name), rename (id + name), tag or untag companies (name + companies[, untag]), tag
        /// users (name + users). Each answers with the tag, plus what was tagged.
        /// </summary>
        [Answers(SandboxRoutes.CreateOrUpdateTag)]
        private static ApiResponse CreateOrUpdateTag(ApiContext context)
        {
            var state = context.State;
            var name = context.String("name");
            if (string.IsNullOrWhiteSpace(name)) throw new ApiException(400, "parameter_invalid", "invalid tag parameters");
            var body = context.Body;
            var hasCompanies = body.TryGetProperty("companies", out var companies) && companies.ValueKind == JsonValueKind.Array;
            var hasUsers = body.TryGetProperty("users", out var users) && users.ValueKind == JsonValueKind.Array;

            lock (state.WriteGate)
            {
                // Resolve every company and user first: a request naming an unknown one changes nothing.
                var companyTargets = new System.Collections.Generic.List<(CompanyRecord Company, bool Tagged)>();
                if (hasCompanies)
                {
                    foreach (var item in companies.EnumerateArray())
                    {
                        var company = item.TryGetProperty("id", out var companyId) ? state.Catalog.FindCompany(ApiContext.AsString(companyId, "id"))
                            : item.TryGetProperty("company_id", out var externalId) ? state.Catalog.FindCompanyByCompanyId(ApiContext.AsString(externalId, "company_id") ?? "")
                            : null;
                        if (company == null) throw ApiException.NotFound("Company Not Found", "company_not_found");
                        var untag = item.TryGetProperty("untag", out var u) && u.ValueKind == JsonValueKind.True;
                        companyTargets.Add((company, !untag));
                    }
                }
                var userTargets = new System.Collections.Generic.List<ContactRecord>();
                if (hasUsers)
                {
                    foreach (var item in users.EnumerateArray())
                    {
                        var contactId = item.TryGetProperty("id", out var idElement) ? ApiContext.AsString(idElement, "id") : null;
                        userTargets.Add(state.FindContact(contactId) ?? throw ApiException.NotFound("User Not Found"));
                    }
                }

                TagRecord tag;
                var id = context.String("id");
                if (id != null && !hasCompanies && !hasUsers)
                {
                    tag = state.Catalog.RenameTag(id, name!) ?? throw ApiException.NotFound();
                }
                else
                {
                    var existing = state.Catalog.FindTagByName(name!);
                    var untagging = companyTargets.Any(t => !t.Tagged);
                    if (existing == null && untagging) throw ApiException.NotFound();
                    tag = existing ?? state.Catalog.FindOrCreateTag(name!);
                }

                var companyResults = new System.Collections.Generic.List<(string Id, bool Tagged)>();
                foreach (var target in companyTargets)
                {
                    state.Catalog.SetCompanyTag(target.Company.Id, tag.Id, target.Tagged);
                    companyResults.Add((target.Company.Id, target.Tagged));
                }

                var userResults = new System.Collections.Generic.List<string>();
                var now = state.Now;
                foreach (var contact in userTargets)
                {
                    userResults.Add(contact.Id);
                    Tagging.Apply(state.Contacts, contact, tag, state.Catalog.Me.Id, now);
                }
                state.Changes.Bump();

                return ApiResponse.Json(w =>
                {
                    w.WriteStartTyped(null, "tag", tag.Id);
                    w.WriteString("name", tag.Name);
                    if (hasUsers || hasCompanies)
                    {
                        w.WriteStartArray("users");
                        foreach (var userId in userResults)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", userId);
                            w.WriteBoolean("tagged", true);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteStartArray("companies");
                        foreach (var company in companyResults)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", company.Id);
                            w.WriteBoolean("tagged", company.Tagged);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                });
            }
        }

        [Answers(SandboxRoutes.DeleteTag)]
        private static ApiResponse DeleteTag(ApiContext context)
        {
            lock (context.State.WriteGate)
            {
                if (!context.State.Catalog.DeleteTag(context.Route("tag_id"))) throw ApiException.NotFound();
                context.State.Changes.Bump();
            }
            return ApiResponse.Empty();
        }

        [Answers(SandboxRoutes.ListSegments)]
        private static ApiResponse ListSegments(ApiContext context)
        {
            var state = context.State;
            var withCount = context.QueryFlag("include_count");
            return ApiResponse.Json(w =>
            {
                w.WriteTypedListAnswer("segment.list", "segments", () =>
                {
                    foreach (var segment in state.Catalog.Segments) WorkspaceJson.Segment(w, segment, withCount ? CountMembers(state, segment) : (int?)null);
                });
            });
        }

        [Answers(SandboxRoutes.GetSegment)]
        private static ApiResponse GetSegment(ApiContext context)
        {
            var segment = context.State.Catalog.FindSegment(context.Route("segment_id")) ?? throw ApiException.NotFound();
            var withCount = context.QueryFlag("include_count");
            return ApiResponse.Json(w => WorkspaceJson.Segment(w, segment, withCount ? CountMembers(context.State, segment) : (int?)null));
        }

        private static int CountMembers(WorkspaceState state, SegmentRecord segment) =>
            state.Contacts.Sequence(long.MinValue, long.MaxValue).Select(state.Contacts.Get).Count(c => c != null && state.Catalog.IsInSegment(c, segment));

        /// <summary>GET /data_attributes: contact and company models; conversation attributes moved to /conversations/attributes (422 here, as documented).</summary>
        [Answers(SandboxRoutes.ListDataAttributes)]
        private static ApiResponse ListDataAttributes(ApiContext context)
        {
            var model = context.QueryValue("model");
            if (model == "conversation")
            {
                throw new ApiException(422, "parameter_invalid", "Conversation attributes are not returned by this endpoint. Use GET /conversations/attributes instead.", "model");
            }
            if (model != null && model != "contact" && model != "company")
            {
                throw ApiException.Invalid("model must be contact or company", "model");
            }
            var attributes = model == "contact" ? DataAttributes.Contact
                : model == "company" ? DataAttributes.Company
                : DataAttributes.Contact.Concat(DataAttributes.Company).ToArray();
            var catalog = context.State.Catalog;
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var attribute in attributes) WorkspaceJson.DataAttribute(w, attribute, catalog.Me.Id, catalog.AppCreatedAt); });
            });
        }

        [Answers(SandboxRoutes.ListConversationAttributes)]
        private static ApiResponse ListConversationAttributes(ApiContext context)
        {
            var catalog = context.State.Catalog;
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var attribute in DataAttributes.Conversation) WorkspaceJson.ConversationAttribute(w, attribute, catalog.Me.Id, catalog.AppCreatedAt); });
            });
        }
    }
}
