using System.Net;
using IntercomPS.Engine.Transport;

namespace IntercomPS.Engine.Tests.Transport
{
    public class NetFrameworkNetworkingTests
    {
        [Theory]
        [InlineData(".NET Framework 4.8.9232.0", true)]
        [InlineData(".NET Framework 4.7.2", true)]
        [InlineData(".NET 10.0.0", false)]
        [InlineData(".NET Core 3.1.32", false)]
        [InlineData("Mono 6.8.0.105 (Debian 6.8.0.105+dfsg-3.3+deb12u1 Sat Jun 21 16:33:59 UTC 2025)", true)]
        public void Recognizes_the_runtime_of_Windows_PowerShell(string description, bool isDesktopRuntime)
        {
            Assert.Equal(isDesktopRuntime, NetFrameworkNetworking.IsDesktopRuntime(description));
        }

#pragma warning disable SYSLIB0014, CS0618 // The protocol values are what Windows PowerShell sessions really hold.
        // .NET Framework 4.7.2 does not name TLS 1.3 (4.8 does); the value is the same on every runtime.
        private const SecurityProtocolType Tls13 = (SecurityProtocolType)12288;

        [Theory]
        [InlineData(SecurityProtocolType.Tls, SecurityProtocolType.Tls | SecurityProtocolType.Tls12)]
        [InlineData(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11,
                    SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12)]
        [InlineData(SecurityProtocolType.Tls12, SecurityProtocolType.Tls12)]
        [InlineData(SecurityProtocolType.Tls12 | Tls13, SecurityProtocolType.Tls12 | Tls13)]
        [InlineData(Tls13, Tls13 | SecurityProtocolType.Tls12)]
        [InlineData(SecurityProtocolType.SystemDefault, SecurityProtocolType.SystemDefault)]
        public void Adds_TLS_1_2_without_removing_a_protocol_or_overriding_the_system_default(SecurityProtocolType current, SecurityProtocolType expected)
        {
            Assert.Equal(expected, NetFrameworkNetworking.WithTls12(current));
        }
#pragma warning restore SYSLIB0014, CS0618
    }
}
