using System;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Polly;

namespace ForeignModule
{
    /// <summary>Uses each of its dependencies once and says which file versions it got.</summary>
    public static class ForeignWorkload
    {
        private static readonly MemoryCache Cache = new MemoryCache(new MemoryCacheOptions());

        /// <summary>System.Text.Json and Microsoft.Extensions.Caching.Memory: assembly versions 9.0.0.0, the module's are 10.0.0.0.</summary>
        public static string UseJsonAndCache()
        {
            Cache.Set("owner", "foreign");
            var json = JsonSerializer.Serialize(new { answer = 42 });
            return $"cache={Cache.Get("owner")};json={json};"
                   + $"Microsoft.Extensions.Caching.Memory={VersionOf(typeof(MemoryCache))};"
                   + $"System.Text.Json={VersionOf(typeof(JsonSerializer))}";
        }

        /// <summary>Polly.Core 8.5.2: assembly version 8.0.0.0, the same identity as the module's 8.9.1.</summary>
        public static string UsePolly()
        {
            var answer = new ResiliencePipelineBuilder().Build().Execute(() => 41 + 1);
            return $"pipeline={answer};Polly.Core={VersionOf(typeof(ResiliencePipeline))}";
        }

        private static string VersionOf(Type type) => FileVersionInfo.GetVersionInfo(type.Assembly.Location).FileVersion ?? "?";
    }
}
