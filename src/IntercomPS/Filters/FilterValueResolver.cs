using System.Collections;

namespace IntercomPS.Filters
{
    /// <summary>Supplies the values a -Filter's right-hand sides name: variables, and expressions evaluated once.</summary>
    internal interface IFilterValueResolver
    {
        /// <summary>The value of an unqualified variable; false when it is not set.</summary>
        bool TryGetVariable(string name, out object? value);

        /// <summary>Evaluates an expression (that does not mention $_) once, in the caller's session.</summary>
        /// <exception cref="RuntimeException">The expression failed.</exception>
        object? Evaluate(string expression);
    }

    /// <summary>Reads variables and evaluates expressions in a session state: the calling cmdlet's, i.e. the caller's scope.</summary>
    internal sealed class SessionStateValueResolver : IFilterValueResolver
    {
        private readonly SessionState _session;

        public SessionStateValueResolver(SessionState session) => _session = session ?? throw new ArgumentNullException(nameof(session));

        public bool TryGetVariable(string name, out object? value)
        {
            var variable = _session.PSVariable.Get(name);
            value = variable?.Value;
            return variable != null;
        }

        public object? Evaluate(string expression)
        {
            var results = _session.InvokeCommand.InvokeScript(_session, ScriptBlock.Create(expression), new object[0]);
            if (results.Count == 0) return null;
            if (results.Count == 1) return results[0];
            var items = new object?[results.Count];
            for (var i = 0; i < items.Length; i++) items[i] = results[i];
            return items;
        }
    }

    /// <summary>PowerShell values as plain .NET values: PSObject wrappers removed, collections as lists.</summary>
    internal static class FilterValues
    {
        public static object? Unwrap(object? value)
        {
            while (value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject)) value = wrapped.BaseObject;
            return value;
        }

        /// <summary>True for arrays and lists (not strings or dictionaries).</summary>
        public static bool IsCollection(object? value) => value is IEnumerable && !(value is string) && !(value is IDictionary);

        public static List<object?> Items(object? value)
        {
            var items = new List<object?>();
            foreach (var item in (IEnumerable)value!) items.Add(Unwrap(item));
            return items;
        }
    }
}
