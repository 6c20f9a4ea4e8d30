namespace IntercomPS.Engine.Transport
{
    /// <summary>The connection settings an error's advice may name.</summary>
    public enum ClientSetting
    {
        /// <summary>The access token the connection was made with.</summary>
        AccessToken,

        /// <summary><see cref="IntercomClientOptions.AttemptTimeout"/>.</summary>
        AttemptTimeout,

        /// <summary><see cref="IntercomClientOptions.MaxRetries"/>.</summary>
        MaxRetries,

        /// <summary><see cref="IntercomClientOptions.BaseUri"/> (the region's API root).</summary>
        BaseUri,

        /// <summary><see cref="IntercomClientOptions.MaxRequestsPerMinute"/>.</summary>
        MaxRequestsPerMinute,

        /// <summary>How many requests the caller sends at once (a setting of the caller's operation, not of the connection).</summary>
        Concurrency,
    }

    /// <summary>
    /// How error messages name the settings their advice is about ("raise the attempt timeout"). The engine's own
    /// names are those of <see cref="IntercomClientOptions"/>; a front end derives its own (a cmdlet's parameters)
    /// and gives it to <see cref="IntercomClientOptions.SettingNames"/>.
    /// </summary>
    public class ClientSettingNames
    {
        public static ClientSettingNames Engine { get; } = new ClientSettingNames();

        public virtual string Name(ClientSetting setting) =>
            setting == ClientSetting.Concurrency ? "the number of requests sent at once" : "IntercomClientOptions." + setting;

        public string this[ClientSetting setting] => Name(setting);
    }
}
