using System.Net;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Resources
{
    /// <summary>Whether a change request altered the workspace, or found it already as asked.</summary>
    public enum ChangeOutcome
    {
        Changed,
        Unchanged,
    }

    /// <summary>What one change did, and the object as Intercom answered (null when Intercom answers with no object).</summary>
    public sealed record ChangeResult(ChangeOutcome Outcome, object? Value)
    {
        public static ChangeResult Changed(object? value) => new ChangeResult(ChangeOutcome.Changed, value);

        public static ChangeResult Unchanged(object? value) => new ChangeResult(ChangeOutcome.Unchanged, value);
    }

    /// <summary>The fields of a contact to write; only those set are sent.</summary>
    public sealed class ContactFields
    {
        public string? Role { get; set; }
        public string? ExternalId { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public string? Name { get; set; }
        public string? Avatar { get; set; }
        public string? OwnerId { get; set; }
        public DateTimeOffset? SignedUpAt { get; set; }
        public DateTimeOffset? LastSeenAt { get; set; }
        public bool? UnsubscribedFromEmails { get; set; }

        /// <summary>Custom attributes by name; a null value clears the attribute.</summary>
        public IDictionary<string, object?>? CustomAttributes { get; set; }

        public bool IsEmpty => ToBody().Count == 0;

        /// <summary>The request body in the shape of create_contact_request / update_contact_request.</summary>
        internal Dictionary<string, object?> ToBody()
        {
            var body = new Dictionary<string, object?>(StringComparer.Ordinal);
            void Put(string name, object? value)
            {
                if (value != null) body[name] = value;
            }
            Put("role", Role);
            Put("external_id", ExternalId);
            Put("email", Email);
            Put("phone", Phone);
            Put("name", Name);
            Put("avatar", Avatar);
            Put("owner_id", OwnerId);
            Put("signed_up_at", SignedUpAt?.ToUnixTimeSeconds());
            Put("last_seen_at", LastSeenAt?.ToUnixTimeSeconds());
            Put("unsubscribed_from_emails", UnsubscribedFromEmails);
            if (CustomAttributes != null && CustomAttributes.Count > 0) body["custom_attributes"] = new Dictionary<string, object?>(CustomAttributes, StringComparer.Ordinal);
            return body;
        }

        /// <summary>"name, email, custom_attributes.plan" — what a change would touch, for -WhatIf.</summary>
        public string Describe()
        {
            var names = new List<string>();
            foreach (var pair in ToBody())
            {
                if (pair.Key == "custom_attributes" && pair.Value is IDictionary<string, object?> custom)
                {
                    foreach (var attribute in custom) names.Add("custom_attributes." + attribute.Key + " = '" + attribute.Value + "'");
                }
                else
                {
                    names.Add(pair.Key + " = '" + (pair.Value is bool b ? (b ? "true" : "false") : pair.Value) + "'");
                }
            }
            return string.Join(", ", names);
        }
    }

    internal static class ChangeRules
    {
        /// <summary>
        /// Intercom answers a tagging request with the applied tag; a tag that was already there keeps its original
        /// applied_at. Both applied_at and the answer's Date header come from Intercom's clock, so a tag applied more
        /// than a few seconds before the answer predates the request. Without a Date header the request's send time
        /// on this machine stands in, with a minute's allowance for the two clocks disagreeing.
        /// </summary>
        public static bool WasAlreadyApplied(Models.Tag? applied, DateTimeOffset sentAt, DateTimeOffset? serverDate = null)
        {
            if (!(applied?.AppliedAt is DateTimeOffset at)) return false;
            return serverDate is DateTimeOffset answeredAt ? at < answeredAt - ServerClockAllowance : at < sentAt - LocalClockAllowance;
        }

        private static readonly TimeSpan ServerClockAllowance = TimeSpan.FromSeconds(5);
        private static readonly TimeSpan LocalClockAllowance = TimeSpan.FromMinutes(1);

        public static bool IsNotFound(Exception error) =>
            error is IntercomApiException api && api.StatusCode == HttpStatusCode.NotFound;

        /// <summary>
        /// Sends a DELETE: gone already (404) is unchanged, not a failure. <paramref name="forget"/> drops the object
        /// from the session cache whatever the outcome, since a failed delete may still have happened.
        /// </summary>
        public static Task<ChangeResult> DeleteAsync(IntercomClient client, ApiRequest request, Action forget, CancellationToken cancellationToken) =>
            ForgettingAsync(async () =>
            {
                try
                {
                    await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                    return ChangeResult.Changed(null);
                }
                catch (Exception error) when (IsNotFound(error))
                {
                    return ChangeResult.Unchanged(null);
                }
            }, forget);

        /// <summary>
        /// Makes a change, then runs <paramref name="forget"/> (drops the changed object from the session cache)
        /// whatever the outcome: a change that failed, or whose answer was lost, may still have happened.
        /// </summary>
        public static async Task<T> ForgettingAsync<T>(Func<Task<T>> change, Action forget)
        {
            try
            {
                return await change().ConfigureAwait(false);
            }
            finally
            {
                forget();
            }
        }

        /// <summary>Sends a tagging request: the answer is the applied tag, unchanged when the object already carried it (<see cref="WasAlreadyApplied"/>).</summary>
        public static async Task<ChangeResult> TagAsync(IntercomClient client, ApiRequest request, CancellationToken cancellationToken)
        {
            var sentAt = client.Options.TimeProvider.GetUtcNow();
            var (applied, serverDate) = await client.SendAsync(request, (answer, body) => (Json.IntercomJson.Deserialize<Models.Tag>(body), answer.ServerDate), cancellationToken)
                .ConfigureAwait(false);
            return WasAlreadyApplied(applied, sentAt, serverDate) ? ChangeResult.Unchanged(applied) : ChangeResult.Changed(applied);
        }

        /// <summary>
        /// Sends an untagging request. Intercom answers 404 tag_not_found when the object does not carry the tag; the
        /// callers have checked that the tag exists, so that answer means there was nothing to remove.
        /// </summary>
        public static async Task<ChangeResult> UntagAsync(IntercomClient client, ApiRequest request, CancellationToken cancellationToken)
        {
            try
            {
                return ChangeResult.Changed(await client.SendAsync(request, (_, body) => Json.IntercomJson.Deserialize<Models.Tag>(body), cancellationToken).ConfigureAwait(false));
            }
            catch (IntercomApiException error) when (IsNotFound(error) && error.Errors.Count > 0 && error.Errors[0].Code == "tag_not_found")
            {
                return ChangeResult.Unchanged(null);
            }
        }

        public static ApiRequest WithBody(this ApiRequest request, object body)
        {
            request.JsonBody = Json.IntercomJson.SerializeToUtf8(body);
            return request;
        }
    }
}
