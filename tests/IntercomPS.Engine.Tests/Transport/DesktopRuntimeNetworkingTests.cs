using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using IntercomPS.Engine.Transport;
using IntercomPS.Sandbox;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>
    /// The networking set-up Windows PowerShell 5.1 depends on, run on the runtime at hand: the .NET Framework build of
    /// these tests (run on Mono here, tests/mono/Invoke-MonoTests.ps1) must see it act; the .NET build must see it
    /// leave the process alone.
    /// </summary>
    [Collection(ProcessWideNetworkSettings.Name)]
    public class DesktopRuntimeNetworkingTests
    {
#if NETFRAMEWORK
        private const bool BuiltForDesktopRuntime = true;
#else
        private const bool BuiltForDesktopRuntime = false;
#endif

        [Fact]
        public void The_runtime_running_these_tests_is_recognized_for_what_it_is()
        {
            Assert.Equal(BuiltForDesktopRuntime, NetFrameworkNetworking.IsDesktopRuntime(RuntimeInformation.FrameworkDescription));
        }

#pragma warning disable SYSLIB0014, CS0618 // ServicePointManager is exactly what the desktop runtime's HttpClient obeys.
        [Fact]
        public void Preparing_raises_the_connection_limit_of_the_API_host_only()
        {
            var apiHost = new Uri($"https://api-{Guid.NewGuid():N}.intercom.test/");
            var otherHost = new Uri($"https://other-{Guid.NewGuid():N}.example.test/");
            var defaultLimit = ServicePointManager.DefaultConnectionLimit;

            NetFrameworkNetworking.Prepare(apiHost, 12);

            Assert.Equal(BuiltForDesktopRuntime ? 12 : defaultLimit, ServicePointManager.FindServicePoint(apiHost).ConnectionLimit);
            Assert.Equal(defaultLimit, ServicePointManager.FindServicePoint(otherHost).ConnectionLimit);
            Assert.Equal(defaultLimit, ServicePointManager.DefaultConnectionLimit);
        }

        [Fact]
        public void Preparing_adds_TLS_1_2_to_a_session_pinned_to_older_protocols()
        {
            var original = ServicePointManager.SecurityProtocol;
            try
            {
                ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;

                NetFrameworkNetworking.Prepare(new Uri("https://api.intercom.test/"), 4);

                var expected = BuiltForDesktopRuntime ? SecurityProtocolType.Tls | SecurityProtocolType.Tls12 : SecurityProtocolType.Tls;
                Assert.Equal(expected, ServicePointManager.SecurityProtocol);
            }
            finally
            {
                ServicePointManager.SecurityProtocol = original;
            }
        }
#pragma warning restore SYSLIB0014, CS0618

        [Fact]
        public async Task The_client_as_built_for_this_runtime_runs_parallel_requests_in_parallel()
        {
            // No handler given: the client builds its own (HttpHandlerFactory) and prepares the runtime, as in a session.
            using var workspace = SlowWorkspace();
            using var server = workspace.StartServer();
            using var client = new IntercomClient(new IntercomClientOptions(server.BaseUri, workspace.Options.AccessToken)
            {
                MaxConnections = ParallelRequests,
                Proxy = new WebProxy(),
            });

            await Task.WhenAll(Enumerable.Range(0, ParallelRequests).Select(_ =>
                client.SendAsync(new ApiRequest(HttpMethod.Get, "me"), CancellationToken.None)));

            Assert.Equal(ParallelRequests, workspace.Log.CountStatus(200));
            Assert.InRange(workspace.Log.MaxConcurrency, 3, ParallelRequests);
        }

#if NETFRAMEWORK
        [Fact]
        public async Task On_the_HttpWebRequest_stack_only_the_prepared_host_gets_more_than_two_connections()
        {
            using var prepared = SlowWorkspace();
            using var unprepared = SlowWorkspace();
            using var preparedServer = prepared.StartServer();
            using var unpreparedServer = unprepared.StartServer();
            NetFrameworkNetworking.Prepare(preparedServer.BaseUri, ParallelRequests);

            using var http = new HttpClient(DesktopHttpStack.CreateHandler());
            await Task.WhenAll(
                SendParallel(http, preparedServer.BaseUri, prepared.Options.AccessToken),
                SendParallel(http, unpreparedServer.BaseUri, unprepared.Options.AccessToken));

            Assert.Equal(ParallelRequests, prepared.Log.CountStatus(200));
            Assert.Equal(ParallelRequests, unprepared.Log.CountStatus(200));
            Assert.InRange(prepared.Log.MaxConcurrency, 3, ParallelRequests);
            Assert.InRange(unprepared.Log.MaxConcurrency, 1, 2);
        }

        private static Task SendParallel(HttpClient http, Uri baseUri, string token) =>
            Task.WhenAll(Enumerable.Range(0, ParallelRequests).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, "me"));
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
            }));
#endif

        private const int ParallelRequests = 6;

        /// <summary>Each answer takes long enough that requests sent together are in flight together.</summary>
        private static SandboxWorkspace SlowWorkspace()
        {
            var workspace = new SandboxWorkspace(new SandboxOptions { ContactCount = 20, ConversationCount = 20, CompanyCount = 5 });
            workspace.Options.Faults.Latency = TimeSpan.FromMilliseconds(400);
            return workspace;
        }
    }

    /// <summary>Tests that read or change ServicePointManager's process-wide settings run one at a time.</summary>
    [CollectionDefinition(Name)]
    public sealed class ProcessWideNetworkSettings
    {
        public const string Name = "Process-wide network settings";
    }
}
