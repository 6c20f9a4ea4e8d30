using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>Companies: by id, filtered or page-numbered lists, and the single-scroll iterator.</summary>
    internal static class CompanyRoutes
    {
        private const int DefaultPerPage = 15;
        private const int ScrollPageSize = 15;

        /// <summary>POST /companies: creates the company, or updates the one with the body's company_id.</summary>
        [Answers(SandboxRoutes.CreateOrUpdateCompany)]
        private static ApiResponse CreateOrUpdate(ApiContext context)
        {
            var state = context.State;
            var companyId = context.RequiredString("company_id");
            var company = state.Catalog.UpsertCompany(companyId, state.Now, record => Apply(context, record, state.Now), out _);
            return ApiResponse.Json(w => WorkspaceJson.Company(w, state, company));
        }

        /// <summary>PUT /companies/{company_id}: company_id itself cannot change.</summary>
        [Answers(SandboxRoutes.UpdateCompany)]
        private static ApiResponse Update(ApiContext context)
        {
            var state = context.State;
            if (context.Has("company_id")) throw ApiException.Invalid("company_id cannot be updated", "company_id");
            var company = state.Catalog.UpdateCompany(context.Route("company_id"), state.Now, record => Apply(context, record, state.Now)) ?? throw CompanyNotFound();
            return ApiResponse.Json(w => WorkspaceJson.Company(w, state, company));
        }

        [Answers(SandboxRoutes.DeleteCompany)]
        private static ApiResponse Delete(ApiContext context)
        {
            var id = context.Route("company_id");
            if (!context.State.Catalog.DeleteCompany(id)) throw CompanyNotFound();
            return ApiResponse.Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("object", "company");
                w.WriteBoolean("deleted", true);
                w.WriteEndObject();
            });
        }

        /// <summary>The writable fields of create_or_update_company_request / update_company_request that the body has.</summary>
        private static void Apply(ApiContext context, CompanyRecord company, long now)
        {
            if (context.String("name") is string name) company.Name = name;
            if (context.String("plan") is string plan)
            {
                var index = Array.IndexOf(Vocabulary.Plans, plan);
                company.PlanName = plan;
                company.PlanId = (269_300 + (index < 0 ? Vocabulary.Plans.Length + (plan.GetHashCode() & 0xFF) : index)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (context.Long("size") is long size) company.Size = (int)size;
            if (context.String("website") is string website) company.Website = website;
            if (context.String("industry") is string industry) company.Industry = industry;
            if (context.Long("monthly_spend") is long spend) company.MonthlySpend = (int)Math.Min(spend, int.MaxValue);
            if (context.Long("remote_created_at") is long remoteCreatedAt) company.RemoteCreatedAt = remoteCreatedAt;
            if (context.Bool("update_last_request_at") == true) company.LastRequestAt = now;
            if (context.Body.TryGetProperty("custom_attributes", out var custom) && custom.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var attribute in custom.EnumerateObject()) company.CustomAttributes[attribute.Name] = PlainJsonValue(attribute.Value);
            }
        }

        private static object? PlainJsonValue(System.Text.Json.JsonElement value) =>
            value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.String => value.GetString(),
                System.Text.Json.JsonValueKind.Number => value.TryGetInt64(out var number) ? number : (object)value.GetDouble(),
                System.Text.Json.JsonValueKind.True => true,
                System.Text.Json.JsonValueKind.False => false,
                System.Text.Json.JsonValueKind.Null => null,
                _ => value.GetRawText(),
            };

        /// <summary>
        /// GET /companies/{company_id}/contacts, page-numbered. Generated contacts of company n are the ordinals n, n +
        /// companies, n + 2 × companies...; contacts attached through the API are among the written ones.
        /// </summary>
        [Answers(SandboxRoutes.ListCompanyContacts)]
        private static ApiResponse ListContacts(ApiContext context)
        {
            var state = context.State;
            var company = state.Catalog.FindCompany(context.Route("company_id")) ?? throw CompanyNotFound();
            var ordinals = new SortedSet<int>();
            var step = state.Catalog.GeneratedCompanyCount;
            if (company.Ordinal < step)
            {
                for (var ordinal = company.Ordinal; ordinal < state.Contacts.GeneratedCount; ordinal += step) ordinals.Add(ordinal);
            }
            foreach (var written in state.Contacts.Written.Concat(state.Contacts.Added)) ordinals.Add(written.Ordinal);
            var contacts = ordinals.Select(state.Contacts.Get).Where(c => c != null && c.CompanyIds.Contains(company.Id)).Select(c => c!).ToList();
            var perPage = Paging.CheckPerPage(context.QueryInt("per_page", DefaultPerPage));
            var page = context.QueryInt("page", 1);
            if (page < 1) throw ApiException.Invalid("page must be 1 or more", "page");
            var totalPages = (contacts.Count + perPage - 1) / perPage;
            var slice = contacts.Skip((page - 1) * perPage).Take(perPage).ToList();
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var contact in slice) ContactJson.Contact(w, state, contact); }, () =>
                {
                    w.WriteNumber("total_count", contacts.Count);
                    w.WritePages(page, perPage, totalPages, null);
                });
            });
        }

        /// <summary>GET /contacts/{contact_id}/companies: the companies whole, in one page.</summary>
        [Answers(SandboxRoutes.ListContactCompanies)]
        private static ApiResponse ListOfContact(ApiContext context)
        {
            var state = context.State;
            var contact = ContactRoutes.LiveContact(context);
            var companies = ContactJson.LiveCompanyIds(state, contact).Select(state.Catalog.FindCompany).Where(c => c != null).Select(c => c!).ToList();
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var company in companies) WorkspaceJson.Company(w, state, company); }, () =>
                {
                    w.WritePages(1, Math.Max(companies.Count, DefaultPerPage), companies.Count == 0 ? 0 : 1, null);
                    w.WriteNumber("total_count", companies.Count);
                });
            });
        }

        /// <summary>POST /contacts/{contact_id}/companies with the company's Intercom id; attaching twice changes nothing.</summary>
        [Answers(SandboxRoutes.AttachContactToCompany)]
        private static ApiResponse Attach(ApiContext context) => SetAttached(context, context.RequiredString("id"), attached: true);

        [Answers(SandboxRoutes.DetachContactFromCompany)]
        private static ApiResponse Detach(ApiContext context) => SetAttached(context, context.Route("company_id"), attached: false);

        private static ApiResponse SetAttached(ApiContext context, string companyId, bool attached)
        {
            var state = context.State;
            CompanyRecord company;
            lock (state.WriteGate)
            {
                var contact = ContactRoutes.LiveContact(context);
                company = state.Catalog.FindCompany(companyId) ?? throw CompanyNotFound();
                if (contact.CompanyIds.Contains(company.Id) != attached)
                {
                    var copy = contact.Clone();
                    if (attached) copy.CompanyIds.Add(company.Id);
                    else copy.CompanyIds.Remove(company.Id);
                    copy.UpdatedAt = state.Now;
                    state.Contacts.Put(copy);
                    state.CountAttached(company.Id, attached ? 1 : -1);
                }
            }
            return ApiResponse.Json(w => WorkspaceJson.Company(w, state, company));
        }

        [Answers(SandboxRoutes.GetCompany)]
        private static ApiResponse Get(ApiContext context)
        {
            var company = context.State.Catalog.FindCompany(context.Route("company_id")) ?? throw CompanyNotFound();
            return ApiResponse.Json(w => WorkspaceJson.Company(w, context.State, company));
        }

        /// <summary>GET /companies: by company_id or name (404 when absent), filtered by tag_id or segment_id, or all.</summary>
        [Answers(SandboxRoutes.ListCompanies)]
        private static ApiResponse Retrieve(ApiContext context)
        {
            var catalog = context.State.Catalog;
            IEnumerable<CompanyRecord> companies = OrderByLastRequest(catalog.Companies, descending: true);
            if (context.QueryValue("company_id") is string companyId)
            {
                companies = new[] { catalog.FindCompanyByCompanyId(companyId) ?? throw CompanyNotFound() };
            }
            else if (context.QueryValue("name") is string name)
            {
                companies = new[] { catalog.FindCompanyByName(name) ?? throw CompanyNotFound() };
            }
            else if (context.QueryValue("tag_id") is string tagId)
            {
                companies = companies.Where(c => catalog.CompanyTagIds(c.Id).Contains(tagId));
            }
            else if (context.QueryValue("segment_id") != null)
            {
                // No generated company belongs to a segment.
                companies = Enumerable.Empty<CompanyRecord>();
            }
            return Page(context, SandboxRoutes.ListCompanies + "?" + context.QueryValue("tag_id") + context.QueryValue("segment_id"), companies.ToList());
        }

        /// <summary>POST /companies/list: every company, by last_request_at (desc unless order=asc).</summary>
        [Answers(SandboxRoutes.ListAllCompanies)]
        private static ApiResponse ListAll(ApiContext context)
        {
            var order = context.QueryValue("order") ?? "desc";
            if (order != "asc" && order != "desc") throw ApiException.Invalid("order must be asc or desc", "order");
            var companies = OrderByLastRequest(context.State.Catalog.Companies, descending: order == "desc").ToList();
            return Page(context, SandboxRoutes.ListAllCompanies + "?" + order, companies);
        }

        private static IEnumerable<CompanyRecord> OrderByLastRequest(IEnumerable<CompanyRecord> companies, bool descending) =>
            descending ? companies.OrderByDescending(c => c.LastRequestAt).ThenBy(c => c.Ordinal) : companies.OrderBy(c => c.LastRequestAt).ThenBy(c => c.Ordinal);

        /// <summary>Page-numbered (page, per_page); pages.next also carries a starting_after for cursor-style clients.</summary>
        private static ApiResponse Page(ApiContext context, string scope, List<CompanyRecord> companies)
        {
            var perPage = Paging.CheckPerPage(context.QueryInt("per_page", DefaultPerPage));
            var page = context.QueryValue("starting_after") is string token ? Paging.PageFromToken(token, scope) : context.QueryInt("page", 1);
            if (page < 1) throw ApiException.Invalid("page must be 1 or more", "page");
            var totalPages = (companies.Count + perPage - 1) / perPage;
            var slice = companies.Skip((page - 1) * perPage).Take(perPage).ToList();
            var next = page < totalPages ? Paging.PageToken(scope, page + 1) : null;
            var state = context.State;
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { foreach (var company in slice) WorkspaceJson.Company(w, state, company); }, () =>
                {
                    w.WritePages(page, perPage, totalPages, next);
                    w.WriteNumber("total_count", companies.Count);
                });
            });
        }

        [Answers(SandboxRoutes.ScrollCompanies)]
        private static ApiResponse Scroll(ApiContext context)
        {
            var state = context.State;
            var param = context.QueryValue("scroll_param");
            if (param == "") param = null;
            var companies = state.Catalog.Companies;
            var outcome = state.CompanyScroll.Next(param, ScrollPageSize, companies.Length, state.Options.TimeProvider.GetUtcNow(), out var start, out var count, out var nextParam);
            switch (outcome)
            {
                case CompanyScrollState.Outcome.AlreadyOpen:
                    throw new ApiException(400, "scroll_exists", "scroll already exists for this app");
                case CompanyScrollState.Outcome.UnknownParam:
                    throw ApiException.NotFound("scroll_param not found: it has expired or the scroll has ended. Start a new scroll.");
            }
            return ApiResponse.Json(w =>
            {
                w.WriteDataList(null, () => { for (var i = start; i < start + count; i++) WorkspaceJson.Company(w, state, companies[i]); }, () =>
                {
                    w.WriteNull("pages");
                    w.WriteNull("total_count");
                    w.WriteString("scroll_param", nextParam);
                });
            });
        }

        private static ApiException CompanyNotFound() => ApiException.NotFound("Company Not Found", "company_not_found");
    }
}
