using System.Collections;
using System.Net;
using System.Net.Http;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>Completes a change's request in place: its placeholder values and its body members.</summary>
    internal delegate Task ChangePreparation(IDictionary<string, string> values, IDictionary<string, object?> body, System.Threading.CancellationToken cancellationToken);

    /// <summary>
    /// Shared body of the cmdlets that create, change, remove or act on declared resources: one operation of a
    /// descriptor per input object. The body is made of the bound parameters whose names the descriptor declares as
    /// the operation's writable fields (so a parameter is a field only where the descriptor says so); each object is
    /// confirmed, then changed through <see cref="ChangeCmdlet"/>'s bounded, ordered queue. The answer is read as
    /// <typeparamref name="TResult"/> and written when <see cref="ChangeCmdlet.WritesResults"/> says so (for New-*,
    /// never for a delete, with -PassThru where <see cref="SetObjectCmdlet{TResult}"/> declares it). What every cmdlet
    /// would otherwise say again comes from the descriptor: the confirmation text from the operation and the noun, the
    /// target from the id placeholder (<see cref="AddressedId"/>).
    /// </summary>
    public abstract class ObjectChangeCmdlet<TResult> : ChangeCmdlet where TResult : IntercomObject
    {
        internal abstract ResourceDescriptor Resource { get; }

        /// <summary>
        /// The operation each object goes through: by default the one the cmdlet's verb names, as PowerShell's verbs
        /// mean them (New creates, Set updates, Remove deletes the descriptor's object); any other verb, or another
        /// operation (an action, a draft's update), is named by the cmdlet.
        /// </summary>
        internal virtual ApiOperation Operation => _verbOperation ??= VerbOperation();

        // Read several times per input object (body, request, confirmation, output); the verb and descriptor never change.
        private ApiOperation? _verbOperation;

        private ApiOperation VerbOperation()
        {
            var verb = ((CmdletAttribute)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute))).VerbName;
            var resource = Resource;
            var operation = verb switch
            {
                VerbsCommon.New => resource.Create,
                VerbsCommon.Set => resource.Update,
                VerbsCommon.Remove => resource.Delete,
                _ => null,
            };
            return operation ?? throw new InvalidOperationException($"{GetType().Name} names no operation, and its verb {verb} names none of the {resource.Noun} descriptor's.");
        }

        /// <summary>
        /// What ShouldProcess says is done. By default the change parameters given where the cmdlet names them
        /// ("Set Name 'Billing', Archived 'True'"), else the operation's kind and the noun ("Create article",
        /// "Delete content snippet"; an action by its declared name); a cmdlet whose confirmation should say more (what
        /// cannot be undone, the values given) overrides it.
        /// </summary>
        protected virtual string Action => ChangeParameters != null ? "Set " + DescribeChanges() : OperationVerb() + " " + Words(Resource.Noun);

        private string OperationVerb()
        {
            var operation = Operation;
            var resource = Resource;
            if (ReferenceEquals(operation, resource.Create)) return "Create";
            if (ReferenceEquals(operation, resource.Update)) return "Update";
            if (ReferenceEquals(operation, resource.Delete)) return "Delete";
            return resource.Actions.First(action => ReferenceEquals(action.Value, operation)).Key;
        }

        /// <summary>
        /// The objects this record names, each as its placeholder values (its id, and its parent's): one change each.
        /// One empty set (a create at the root) unless overridden; a record may name several (-Id 1, 2).
        /// </summary>
        protected virtual IEnumerable<IReadOnlyDictionary<string, string>> Targets => new[] { TargetValues };

        /// <summary>
        /// The placeholder values of the one object a record names: by default the <see cref="ScopeValues"/> of its
        /// parent and the <see cref="AddressedId"/> under the descriptor's id placeholder; empty for a create at the root.
        /// </summary>
        protected virtual IReadOnlyDictionary<string, string> TargetValues
        {
            get
            {
                var scope = ScopeValues;
                var id = AddressedId;
                if (id == null) return scope;
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in scope) values[pair.Key] = pair.Value;
                values[Resource.IdParameter] = id;
                return values;
            }
        }

        /// <summary>
        /// The placeholder values of the parent the objects live under (a help center's id for its redirects), as the
        /// lookups' ScopeValues; empty for objects at the root.
        /// </summary>
        protected virtual IReadOnlyDictionary<string, string> ScopeValues => PathValues.None;

        /// <summary>The id of the object a record names (the cmdlet's id parameter, declared there with its own aliases); null for a create.</summary>
        protected virtual string? AddressedId => null;

        /// <summary>Extra body members computed by the cmdlet (beyond its declared fields), or null.</summary>
        protected virtual IDictionary<string, object?>? ExtraBody => null;

        /// <summary>Query parameters of the operation (a delete's retain_metrics...), or null.</summary>
        protected virtual IEnumerable<KeyValuePair<string, string>>? RequestQuery => null;

        /// <summary>
        /// What completes a target's request inside its confirmed change, before it is sent: placeholders named by
        /// another key (a company by your company_id) are looked up, body members that depend on the workspace are
        /// filled in. Read on the pipeline thread once per record (so it can capture the record's values); it runs only
        /// for changes that are made, so -WhatIf sends nothing. Null when the request is complete as it is.
        /// </summary>
        internal virtual ChangePreparation? Preparation => null;

        /// <summary>A create or an action writes Intercom's answer; a delete has nothing to write.</summary>
        protected override bool WritesResults => !ReferenceEquals(Operation, Resource.Delete);

        /// <summary>
        /// The parameters of which a Set-* cmdlet needs at least one (in its current parameter set): giving none is an
        /// error rather than a request that changes nothing. Null when the cmdlet needs none. Checked before the first
        /// record, so only for parameters not bound from the pipeline.
        /// </summary>
        protected virtual IReadOnlyList<string>? ChangeParameters => null;

        /// <summary>The parameters of the operation's declared fields: the usual <see cref="ChangeParameters"/> of a Set-*.</summary>
        protected IReadOnlyList<string> OperationFields => _operationFields ??= Resource.FieldsOf(Operation).Select(declared => declared.Name).ToArray();

        private IReadOnlyList<string>? _operationFields;

        /// <summary>"Name 'Billing', Archived 'True'": the change parameters given, as ShouldProcess names them.</summary>
        protected string DescribeChanges() => string.Join(", ", GivenChanges().Select(name => $"{name} '{Shown(MyInvocation.BoundParameters[name])}'"));

        private IEnumerable<string> GivenChanges() => (ChangeParameters ?? Array.Empty<string>()).Where(MyInvocation.BoundParameters.ContainsKey);

        private static string Shown(object? value) => value switch
        {
            IDictionary map => "@{" + string.Join("; ", map.Keys.Cast<object>().Select(key => $"{key}=...")) + "}",
            string text => text,
            IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Shown)),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        };

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
            IDictionary<string, object?>? body = null;
            Exception? invalid = null;
            try
            {
                body = Body();
            }
            catch (ArgumentException error)
            {
                invalid = error;
            }
            var prepare = Preparation;
            foreach (var values in Targets)
            {
                if (invalid != null) WriteInputError(invalid, "InvalidBody", Describe(values));
                else QueueChange(values, body, prepare);
            }
        }

        private void QueueChange(IReadOnlyDictionary<string, string> values, IDictionary<string, object?>? body, ChangePreparation? prepare)
        {
            var target = Describe(values);
            var client = ActiveConnection.Resources;
            var resource = Resource;
            var operation = Operation;
            var query = RequestQuery;
            // Errors name the object by its id, as the lookups do, so that -ErrorVariable's TargetObject can be retried.
            object errorTarget = values.TryGetValue(resource.IdParameter, out var id) ? id : target;
            QueueChange(target, Action, errorTarget, async token =>
            {
                var path = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in values) path[pair.Key] = pair.Value;
                // Each target gets a body of its own: a preparation fills in members per target.
                var members = body == null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(body, StringComparer.Ordinal);
                try
                {
                    if (prepare != null) await prepare(path, members, token).ConfigureAwait(false);
                    var answer = await SendAsync(client, operation, path, query, members.Count == 0 ? null : members, token).ConfigureAwait(false);
                    return ChangeResult.Changed(answer);
                }
                catch (IntercomApiException gone) when (operation.Method == HttpMethod.Delete && gone.StatusCode == HttpStatusCode.NotFound)
                {
                    // Already gone (or never there) is what a removal asks for: a rerun after an interruption is clean.
                    return ChangeResult.Unchanged(null);
                }
                finally
                {
                    // Whatever the outcome: a change that failed on the way back may still have been made.
                    client.Forget(resource, path);
                    client.ForgetNamed(path);
                }
            });
        }

        /// <summary>
        /// Sends the operation and reads its answer as <typeparamref name="TResult"/>; a cmdlet whose answer depends on
        /// its parameters (an enqueued create answers with a job) reads it as that instead.
        /// </summary>
        internal virtual async Task<IntercomObject?> SendAsync(ResourceClient client, ApiOperation operation, IReadOnlyDictionary<string, string> values,
            IEnumerable<KeyValuePair<string, string>>? query, IDictionary<string, object?>? body, CancellationToken cancellationToken) =>
            await client.SendAsync<TResult>(operation, values, query, body, cancellationToken).ConfigureAwait(false);

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
                // A null bound by property name (an exported object's empty member) means "not given", not "clear it".
                if (!MyInvocation.BoundParameters.TryGetValue(field.Name, out var bound) || bound == null) continue;
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
