using System;
using System.Collections.Generic;
using System.Linq;
using IntercomPS.Sandbox.Data;
using IntercomPS.Sandbox.Json;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>Companies: by id, filtered or page-numbered lists, and the single-scroll iterator.</summary>
    internal static class CompanyRoutes
    {
        private const int DefaultPerPage = 15;
        private const int ScrollPageSize = 15;

        public static void Register(Router router)
        {
            router.Map(SandboxRoutes.ListCompanies, Retrieve)
                .Map(SandboxRoutes.ListAllCompanies, ListAll)
                .Map(SandboxRoutes.ScrollCompanies, Scroll)
                .Map(SandboxRoutes.GetCompany, Get);
        }

        private static ApiResponse Get(ApiContext context)
        {
            var company = context.State.Catalog.FindCompany(context.Route("company_id")) ?? throw CompanyNotFound();
            return ApiResponse.Json(w => WorkspaceJson.Company(w, context.State, company));
        }

        /// <summary>GET /companies: by company_id or name (404 when absent), filtered by tag_id or segment_id, or all.</summary>
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
                w.WriteStartObject();
                w.WriteString("type", "list");
                w.WriteStartArray("data");
                foreach (var company in slice) WorkspaceJson.Company(w, state, company);
                w.WriteEndArray();
                w.WritePages(page, perPage, totalPages, next);
                w.WriteNumber("total_count", companies.Count);
                w.WriteEndObject();
            });
        }

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
                w.WriteStartObject();
                w.WriteString("type", "list");
                w.WriteStartArray("data");
                for (var i = start; i < start + count; i++) WorkspaceJson.Company(w, state, companies[i]);
                w.WriteEndArray();
                w.WriteNull("pages");
                w.WriteNull("total_count");
                w.WriteString("scroll_param", nextParam);
                w.WriteEndObject();
            });
        }

        private static ApiException CompanyNotFound() => ApiException.NotFound("Company Not Found", "company_not_found");
    }
}
