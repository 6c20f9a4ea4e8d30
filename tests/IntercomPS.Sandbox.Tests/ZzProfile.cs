using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using IntercomPS.Sandbox.Data;
using IntercomPS.Sandbox.Json;
using IntercomPS.Sandbox.Routes;
using IntercomPS.Sandbox.Search;
using Xunit.Abstractions;

namespace IntercomPS.Sandbox.Tests
{
    public class ZzProfile
    {
        private readonly ITestOutputHelper _out;
        public ZzProfile(ITestOutputHelper output) { _out = output; }
        static readonly JsonEncodedText[] Names = Enumerable.Range(0, 100).Select(i => JsonEncodedText.Encode("property_name_" + i)).ToArray();
        static readonly string[] SNames = Enumerable.Range(0, 100).Select(i => "property_name_" + i).ToArray();

        [Fact]
        public void Profile()
        {
            for (int round = 0; round < 6; round++)
            {
                var sw = Stopwatch.StartNew();
                for (int i = 0; i < 2000; i++) ApiResponse.WriteJson(w => { w.WriteStartObject(); for (int j = 0; j < 100; j++) w.WriteNumber(SNames[j], 1767225600L + j); w.WriteEndObject(); });
                var s = sw.Elapsed.TotalMilliseconds * 1000 / 2000;
                sw.Restart();
                for (int i = 0; i < 2000; i++) ApiResponse.WriteJson(w => { w.WriteStartObject(); for (int j = 0; j < 100; j++) w.WriteNumber(Names[j], 1767225600L + j); w.WriteEndObject(); });
                var e = sw.Elapsed.TotalMilliseconds * 1000 / 2000;
                _out.WriteLine($"string names {s:F2} us, encoded names {e:F2} us per 100 props");
            }
        }
    }
}
