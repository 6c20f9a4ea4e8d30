using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Search;
using IntercomPS.Sandbox.Data;

namespace IntercomPS.Sandbox.Routes
{
    /// <summary>Contacts: list, search, read, create, update, delete, archive, merge, tags and notes.</summary>
    internal static class ContactRoutes
    {
        private const int DefaultPerPage = 50;
        private const int NotesPerPage = 50;

        public static DateSemantics Dates(WorkspaceState state) =>
            new DateSemantics(state.Options.InclusiveDateComparison, state.Options.ContactDatesMatchByDay);

        [Answers(SandboxRoutes.ListContacts)]
        private static ApiResponse List(ApiContext context)
        {
            var state = context.State;
            var spec = Paging.FromQueryString<ContactRecord>(context, SandboxRoutes.ListContacts, DefaultPerPage);
            var result = Paging.Run(state.ContactSearch, spec);
            return Paging.ListResponse("list", "data", result, (w, c) => ContactJson.Contact(w, state, c));
        }

        [Answers(SandboxRoutes.SearchContacts)]
        private static ApiResponse Search(ApiContext context)
        {
            var state = context.State;
            var spec = Paging.FromSearchBody(context, SandboxRoutes.SearchContacts, DefaultPerPage, state.ContactFields, Dates(state), sortable: true);
            var result = Paging.Run(state.ContactSearch, spec);
            return Paging.ListResponse("list", "data", result, (w, c) => ContactJson.Contact(w, state, c));
        }

        /// <summary>The live contact of the route's contact_id: 404 when unknown or deleted, 410 with a Link header when merged away.</summary>
        public static ContactRecord LiveContact(ApiContext context, string routeValue = "contact_id")
        {
            var id = context.Route(routeValue);
            switch (context.State.LookupContact(id, out var contact, out var mergedInto))
            {
                case ContactStatus.Live:
                    return contact!;
                case ContactStatus.Merged:
                    var gone = new ApiException(410, "contact_merged", "This contact has been merged. See the 'Link' header for the canonical contact.");
                    gone.Headers.Add(new KeyValuePair<string, string>("Link", $"</contacts/{mergedInto}>; rel=\"canonical\""));
                    throw gone;
                default:
                    throw ApiException.NotFound("User Not Found");
            }
        }

        [Answers(SandboxRoutes.GetContact)]
        private static ApiResponse Get(ApiContext context)
        {
            var contact = LiveContact(context);
            return ApiResponse.Json(w => ContactJson.Contact(w, context.State, contact));
        }

        [Answers(SandboxRoutes.GetContactByExternalId)]
        private static ApiResponse GetByExternalId(ApiContext context)
        {
            var contact = context.State.FindContactByExternalId(context.Route("external_id"));
            if (contact == null || contact.Role != "user") throw ApiException.NotFound("User Not Found");
            return ApiResponse.Json(w => ContactJson.Contact(w, context.State, contact));
        }

        [Answers(SandboxRoutes.CreateContact)]
        private static ApiResponse Create(ApiContext context)
        {
            var state = context.State;
            var role = context.String("role") ?? "user";
            var email = context.String("email");
            var externalId = context.String("external_id");
            if (!context.Has("email") && !context.Has("external_id") && !context.Has("role"))
            {
                throw new ApiException(400, "parameter_not_found", "email, external_id or role is required");
            }
            CheckRole(role);
            if (context.Has("email_verified") && email == null) throw ApiException.Invalid("email_verified must be supplied together with an email", "email_verified");
            var attributes = context.CustomAttributes(SearchFields.ContactCustomAttributes, "Custom attribute");

            ContactRecord created;
            lock (state.WriteGate)
            {
                CheckConflicts(state, role, email, externalId, self: null);
                var now = state.Now;
                created = state.Contacts.Append(ordinal =>
                {
                    var contact = new ContactRecord
                    {
                        Ordinal = ordinal,
                        Id = state.ContactGenerator.IdFor(ordinal, now),
                        CreatedAt = now,
                        UpdatedAt = now,
                        Role = role,
                        Email = email,
                        ExternalId = externalId,
                        SignedUpAt = role == "user" ? now : (long?)null,
                    };
                    ApplyWritableFields(context, state, contact);
                    foreach (var pair in attributes) contact.CustomAttributes[pair.Key] = pair.Value;
                    return contact;
                });
            }
            return ApiResponse.Json(w => ContactJson.Contact(w, state, created));
        }

        [Answers(SandboxRoutes.UpdateContact)]
        private static ApiResponse Update(ApiContext context)
        {
            var state = context.State;
            var attributes = context.CustomAttributes(SearchFields.ContactCustomAttributes, "Custom attribute");
            var updated = ChangeContact(context, copy =>
            {
                if (context.Has("role"))
                {
                    copy.Role = context.String("role") ?? throw ApiException.Invalid("role must be user or lead", "role");
                    CheckRole(copy.Role);
                }
                if (context.Has("email")) copy.Email = context.String("email");
                if (context.Has("external_id")) copy.ExternalId = context.String("external_id");
                if (context.Has("email_verified") && !context.Has("email")) throw ApiException.Invalid("email_verified must be supplied together with an email", "email_verified");
                CheckConflicts(state, copy.Role, copy.Email, copy.ExternalId, copy);
                ApplyWritableFields(context, state, copy);
                foreach (var pair in attributes) copy.CustomAttributes[pair.Key] = pair.Value;
                copy.UpdatedAt = state.Now;
                return copy;
            });
            return ApiResponse.Json(w => ContactJson.Contact(w, state, updated));
        }

        [Answers(SandboxRoutes.DeleteContact)]
        private static ApiResponse Delete(ApiContext context)
        {
            var contact = RecordWrites.Remove(context.State, context.State.Contacts, () => LiveContact(context));
            return ApiResponse.Json(w => ContactJson.Reference(w, contact, "deleted", true));
        }

        [Answers(SandboxRoutes.ArchiveContact)]
        private static ApiResponse Archive(ApiContext context) => SetArchived(context, true);

        [Answers(SandboxRoutes.UnarchiveContact)]
        private static ApiResponse Unarchive(ApiContext context) => SetArchived(context, false);

        private static ApiResponse SetArchived(ApiContext context, bool archived)
        {
            var changed = ChangeContact(context, copy =>
            {
                copy.Archived = archived;
                copy.UpdatedAt = context.State.Now;
                return copy;
            });
            return ApiResponse.Json(w => ContactJson.Reference(w, changed, "archived", archived));
        }

        /// <summary>Merges a lead into a user: they must be duplicates (shared email or phone) unless skip_duplicate_validation.</summary>
        [Answers(SandboxRoutes.MergeContacts)]
        private static ApiResponse Merge(ApiContext context)
        {
            var state = context.State;
            var fromId = context.RequiredString("from");
            var intoId = context.RequiredString("into");
            ContactRecord merged;
            lock (state.WriteGate)
            {
                var from = state.FindContact(fromId) ?? throw ApiException.NotFound("User Not Found");
                var into = state.FindContact(intoId) ?? throw ApiException.NotFound("User Not Found");
                if (from.Id == into.Id) throw new ApiException(400, "invalid_merge", "A contact cannot be merged into itself");
                if (from.Role != "lead") throw new ApiException(400, "invalid_merge", "The contact to merge from must be a lead");
                if (into.Role != "user") throw new ApiException(400, "invalid_merge", "The contact to merge into must be a user");
                var duplicates = from.Email != null && string.Equals(from.Email, into.Email, StringComparison.OrdinalIgnoreCase)
                                 || from.Phone != null && from.Phone == into.Phone;
                if (!duplicates && context.Bool("skip_duplicate_validation") != true)
                {
                    throw new ApiException(400, "invalid_merge", "Contacts can only be merged when they are duplicates");
                }
                var copy = into.Clone();
                foreach (var tag in from.Tags)
                {
                    if (!copy.Tags.Exists(t => t.TagId == tag.TagId)) copy.Tags.Add(tag);
                }
                copy.Notes.InsertRange(0, from.Notes);
                copy.UpdatedAt = state.Now;
                state.Contacts.Put(copy);
                state.MarkMerged(from, copy.Id);
                merged = copy;
            }
            return ApiResponse.Json(w => ContactJson.Contact(w, state, merged));
        }

        [Answers(SandboxRoutes.ListContactTags)]
        private static ApiResponse ListTags(ApiContext context) =>
            ContactSubList(context, (w, contact) => WorkspaceJson.AppliedTags(w, context.State.Catalog, contact.Tags));

        [Answers(SandboxRoutes.TagContact)]
        private static ApiResponse Tag(ApiContext context) =>
            TagAnswers.Tag(context, context.State.Contacts, context.RequiredString("id"), () => LiveContact(context), () => context.State.Catalog.Me,
                () => ApiException.NotFound());

        [Answers(SandboxRoutes.UntagContact)]
        private static ApiResponse Untag(ApiContext context) =>
            TagAnswers.Untag(context, context.State.Contacts, () => LiveContact(context), () => context.State.Catalog.Me,
                () => ApiException.NotFound(), refuseUntagged: false);

        /// <summary>GET /contacts/{contact_id}/segments: the segments whose membership rule the contact meets.</summary>
        [Answers(SandboxRoutes.ListContactSegments)]
        private static ApiResponse ListSegments(ApiContext context)
        {
            var catalog = context.State.Catalog;
            return ContactSubList(context, (w, contact) =>
            {
                foreach (var segment in catalog.Segments.Where(segment => catalog.IsInSegment(contact, segment))) WorkspaceJson.Segment(w, segment, null);
            });
        }

        /// <summary>
        /// GET /notes/{note_id}: a generated note names its contact in its id; a note written through the API is on a
        /// contact written since.
        /// </summary>
        [Answers(SandboxRoutes.GetNote)]
        private static ApiResponse GetNote(ApiContext context)
        {
            var state = context.State;
            var id = context.Route("note_id");
            var candidates = ContactGenerator.ContactOrdinalOfNote(id) is int ordinal
                ? (state.Contacts.Get(ordinal) is ContactRecord owner ? new[] { owner } : new ContactRecord[0])
                : state.Contacts.Written.Concat(state.Contacts.Added);
            var note = candidates.SelectMany(c => c.Notes).FirstOrDefault(n => n.Id == id) ?? throw ApiException.NotFound();
            return ApiResponse.Json(w => ContactJson.Note(w, state, note));
        }

        [Answers(SandboxRoutes.ListContactNotes)]
        private static ApiResponse ListNotes(ApiContext context) =>
            ContactSubList(context, (w, contact) =>
            {
                foreach (var note in contact.Notes) ContactJson.Note(w, context.State, note);
            }, (w, contact) =>
            {
                w.WriteNumber("total_count", contact.Notes.Count);
                w.WritePages(1, NotesPerPage, contact.Notes.Count == 0 ? 0 : 1, null);
            });

        [Answers(SandboxRoutes.CreateContactNote)]
        private static ApiResponse CreateNote(ApiContext context)
        {
            var state = context.State;
            var body = context.RequiredString("body");
            var adminId = context.String("admin_id");
            var note = ChangeContact(context, copy =>
            {
                var author = adminId == null ? state.Catalog.Me : state.Catalog.FindAdmin(adminId) ?? throw ApiException.NotFound();
                var written = new NoteRecord
                {
                    Id = state.NextWrittenId(),
                    CreatedAt = state.Now,
                    ContactId = copy.Id,
                    AuthorAdminId = author.Id,
                    Body = HtmlBody.Of(body),
                };
                copy.Notes.Insert(0, written);
                return written;
            });
            return ApiResponse.Json(w => ContactJson.Note(w, state, note));
        }

        /// <summary>Changes the route's live contact (<see cref="RecordWrites.Change"/>).</summary>
        private static T ChangeContact<T>(ApiContext context, Func<ContactRecord, T> change) =>
            RecordWrites.Change(context.State, context.State.Contacts, () => LiveContact(context), change);

        /// <summary>A list under the route's live contact: the items, then the list's other members (<paramref name="after"/>).</summary>
        private static ApiResponse ContactSubList(ApiContext context, Action<Utf8JsonWriter, ContactRecord> items, Action<Utf8JsonWriter, ContactRecord>? after = null)
        {
            var contact = LiveContact(context);
            return ApiResponse.Json(w => w.WriteDataList(null, () => items(w, contact), after == null ? null : () => after(w, contact)));
        }

        private static void CheckRole(string role)
        {
            if (role != "user" && role != "lead") throw ApiException.Invalid("role must be user or lead", "role");
        }

        /// <summary>Users are unique by email and anyone by external_id; a second one is a 409 naming the existing contact.</summary>
        private static void CheckConflicts(WorkspaceState state, string role, string? email, string? externalId, ContactRecord? self)
        {
            if (role == "user" && email != null)
            {
                var clash = state.FindContactsByEmail(email).FirstOrDefault(c => c.Role == "user" && c.Ordinal != self?.Ordinal);
                if (clash != null) throw new ApiException(409, "conflict", $"A contact matching those details already exists with id={clash.Id}");
            }
            if (externalId != null)
            {
                var clash = state.FindContactByExternalId(externalId);
                if (clash != null && clash.Ordinal != self?.Ordinal) throw new ApiException(409, "conflict", $"A contact matching those details already exists with id={clash.Id}");
            }
        }

        private static void ApplyWritableFields(ApiContext context, WorkspaceState state, ContactRecord contact)
        {
            if (context.Has("name")) contact.Name = context.String("name");
            if (context.Has("phone")) contact.Phone = context.String("phone");
            if (context.Has("avatar")) contact.AvatarUrl = context.String("avatar");
            if (context.Has("signed_up_at")) contact.SignedUpAt = context.Long("signed_up_at");
            if (context.Has("last_seen_at")) contact.LastSeenAt = context.Long("last_seen_at");
            if (context.Has("unsubscribed_from_emails")) contact.UnsubscribedFromEmails = context.Bool("unsubscribed_from_emails") ?? false;
            if (context.Has("owner_id"))
            {
                var ownerId = context.String("owner_id");
                if (ownerId != null && state.Catalog.FindAdmin(ownerId) == null) throw ApiException.Invalid($"owner_id {ownerId} is not an admin of this workspace", "owner_id");
                contact.OwnerId = ownerId;
            }
        }
    }
}
