using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources;
using IntercomPS.Engine.Resources.Declarations;

namespace IntercomPS.Infrastructure
{
    /// <summary>
    /// Shared body of the cmdlets that create, change, remove or act on declared resources: one operation of a
    /// descriptor per input object. The body is made of the bound parameters whose names the descriptor declares as
    /// the operation's writable fields (so a parameter is a field only where the descriptor says so); each object is
    /// confirmed, then changed through <see cref="ChangeCmdlet"/>'s bounded, ordered queue. The answer is read as
    /// <typeparamref name="TResult"/> and written when <see cref="ChangeCmdlet.WritesResults"/> says so (always for
    /// New-*, with -PassThru for the others).
    /// </summary>
    public abstract class ObjectChangeCmdlet<TResult> : ChangeCmdlet where TResult : IntercomObject
    {
        internal abstract ResourceDescriptor Resource { get; }

        internal abstract ApiOperation Operation { get; }

        /// <summary>What ShouldProcess says is done: "Create ticket type", "Delete article"...</summary>
        protected abstract string Action { get; }

        /// <summary>The placeholder values of this record's object (its id, and its parent's): empty for a create at the root.</summary>
        protected abstract IReadOnlyDictionary<string, string> TargetValues { get; }

        /// <summary>Extra body members computed by the cmdlet (beyond its declared fields), or null.</summary>
        protected virtual IDictionary<string, object?>? ExtraBody => null;

        protected override bool WritesResults => true;

        /// <summary>
        /// The parameters of which a Set-* cmdlet needs at least one (in its current parameter set): giving none is an
        /// error rather than a request that changes nothing. Null when the cmdlet needs none.
        /// </summary>
        protected virtual IReadOnlyList<string>? ChangeParameters => null;

        /// <summary>"Name 'Billing', Archived 'True'": the change parameters given, as ShouldProcess names them.</summary>
        protected string DescribeChanges() => string.Join(", ", GivenChanges().Select(name => $"{name} '{Shown(MyInvocation.BoundParameters[name])}'"));

        private IEnumerable<string> GivenChanges() => (ChangeParameters ?? Array.Empty<string>()).Where(MyInvocation.BoundParameters.ContainsKey);

        private static string Shown(object? value) => value is IDictionary map
            ? "@{" + string.Join("; ", map.Keys.Cast<object>().Select(key => $"{key}=...")) + "}"
            : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ChangeParameters is { Count: > 0 } changes && !GivenChanges().Any())
            {
                var message = $"Nothing to change: give {string.Join(", ", changes.Take(changes.Count - 1).Select(name => "-" + name))}{(changes.Count > 1 ? " or " : string.Empty)}-{changes[changes.Count - 1]}.";
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(message), "NothingToChange", ErrorCategory.InvalidArgument, null));
            }
        }

        protected override void ProcessRecord()
        {
            var values = TargetValues;
            var target = Describe(values);
            IDictionary<string, object?>? body;
            try
            {
                body = Body();
            }
            catch (ArgumentException error)
            {
                WriteInputError(error, "InvalidBody", target);
                return;
            }
            var client = ActiveConnection.Resources;
            var resource = Resource;
            var operation = Operation;
            // Errors name the object by its id, as the lookups do, so that -ErrorVariable's TargetObject can be retried.
            object errorTarget = values.TryGetValue(resource.IdParameter, out var id) ? id : target;
            QueueChange(target, Action, errorTarget, async token =>
            {
                var answer = await SendAsync(client, operation, values, body, token).ConfigureAwait(false);
                client.Forget(resource, values);
                return ChangeResult.Changed(answer);
            });
        }

        /// <summary>
        /// Sends the operation and reads its answer as <typeparamref name="TResult"/>; a cmdlet whose answer depends on
        /// its parameters (an enqueued create answers with a job) reads it as that instead.
        /// </summary>
        internal virtual async Task<IntercomObject?> SendAsync(ResourceClient client, ApiOperation operation, IReadOnlyDictionary<string, string> values,
            IDictionary<string, object?>? body, CancellationToken cancellationToken) =>
            await client.SendAsync<TResult>(operation, values, null, body, cancellationToken).ConfigureAwait(false);

        /// <summary>"ticket 42", "note under contact 7": the object as ShouldProcess and errors name it.</summary>
        protected virtual string Describe(IReadOnlyDictionary<string, string> values)
        {
            var noun = Words(Resource.Noun);
            if (values.TryGetValue(Resource.IdParameter, out var id)) return noun + " " + id;
            var parents = new List<string>();
            foreach (var pair in values) parents.Add(pair.Key.Replace("_id", string.Empty).Replace('_', ' ') + " " + pair.Value);
            return parents.Count == 0 ? "new " + noun : "new " + noun + " under " + string.Join(", ", parents);
        }

        /// <summary><c>TicketTypeAttribute</c> → <c>ticket type attribute</c>.</summary>
        private static string Words(string noun)
        {
            var words = new System.Text.StringBuilder(noun.Length + 4);
            for (var i = 0; i < noun.Length; i++)
            {
                if (i > 0 && char.IsUpper(noun[i])) words.Append(' ');
                words.Append(char.ToLowerInvariant(noun[i]));
            }
            return words.ToString();
        }

        /// <summary>The declared fields of the operation that the caller bound, as a JSON object; null when there are none.</summary>
        private IDictionary<string, object?>? Body()
        {
            Dictionary<string, object?>? body = null;
            foreach (var field in Resource.FieldsOf(Operation))
            {
                if (!MyInvocation.BoundParameters.TryGetValue(field.Name, out var bound)) continue;
                var value = bound is SwitchParameter flag ? flag.IsPresent : PlainValues.FromPowerShell(bound);
                Place(body ??= new Dictionary<string, object?>(StringComparer.Ordinal), field.JsonPath, value);
            }
            var extra = ExtraBody;
            if (extra != null)
            {
                foreach (var pair in extra) Place(body ??= new Dictionary<string, object?>(StringComparer.Ordinal), pair.Key, pair.Value);
            }
            return body;
        }

        private static void Place(Dictionary<string, object?> body, string path, object? value)
        {
            var parts = path.Split('.');
            var level = body;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (!(level.TryGetValue(parts[i], out var inner) && inner is Dictionary<string, object?> nested))
                {
                    nested = new Dictionary<string, object?>(StringComparer.Ordinal);
                    level[parts[i]] = nested;
                }
                level = nested;
            }
            level[parts[parts.Length - 1]] = value;
        }
    }
}
