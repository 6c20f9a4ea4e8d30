using IntercomPS.Engine.Transport;

namespace IntercomPS.Infrastructure
{
    /// <summary>The connection settings as Connect-Intercom (and the cmdlets' -ThrottleLimit) name them, for the engine's error advice.</summary>
    internal sealed class ConnectParameterNames : ClientSettingNames
    {
        public static ConnectParameterNames Instance { get; } = new ConnectParameterNames();

        public override string Name(ClientSetting setting)
        {
            switch (setting)
            {
                case ClientSetting.AccessToken: return "Connect-Intercom -AccessToken";
                case ClientSetting.AttemptTimeout: return "-TimeoutSec on Connect-Intercom";
                case ClientSetting.MaxRetries: return "-MaxRetries on Connect-Intercom";
                case ClientSetting.BaseUri: return "Connect-Intercom -Region / -BaseUri";
                case ClientSetting.MaxRequestsPerMinute: return "-MaxRequestsPerMinute";
                case ClientSetting.Concurrency: return "-ThrottleLimit";
                default: return base.Name(setting);
            }
        }
    }
}
