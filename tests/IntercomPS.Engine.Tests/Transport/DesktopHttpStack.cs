#if NETFRAMEWORK
using System;
using System.Net.Http;
using System.Reflection;

namespace IntercomPS.Engine.Tests.Transport
{
    /// <summary>
    /// The HttpClientHandler of Windows PowerShell 5.1's runtime: .NET Framework's sits on HttpWebRequest, whose
    /// connections per host come from ServicePointManager.
    /// <para>
    /// A known difference between Mono and .NET Framework: Mono 6.8's public HttpClientHandler delegates to the corefx
    /// SocketsHttpHandler, which ignores ServicePointManager. Mono keeps its HttpWebRequest-based handler
    /// (MonoWebRequestHandler) internal, behind an internal HttpClientHandler constructor; on Mono this builds that one,
    /// so that the .NET Framework behaviour is what the test sees.
    /// </para>
    /// </summary>
    internal static class DesktopHttpStack
    {
        public static bool IsMono => Type.GetType("Mono.Runtime") != null;

        public static HttpClientHandler CreateHandler()
        {
            if (!IsMono) return new HttpClientHandler();

            var assembly = typeof(HttpClientHandler).Assembly;
            var webRequestHandlerType = assembly.GetType("System.Net.Http.MonoWebRequestHandler", throwOnError: true)!;
            var handlerInterface = assembly.GetType("System.Net.Http.IMonoHttpClientHandler", throwOnError: true)!;
            var constructor = typeof(HttpClientHandler).GetConstructor(
                BindingFlags.Instance | BindingFlags.NonPublic, null, new[] { handlerInterface }, null)
                ?? throw new MissingMethodException(nameof(HttpClientHandler), ".ctor(IMonoHttpClientHandler)");
            var webRequestHandler = Activator.CreateInstance(webRequestHandlerType, nonPublic: true);
            return (HttpClientHandler)constructor.Invoke(new[] { webRequestHandler });
        }
    }
}
#endif
