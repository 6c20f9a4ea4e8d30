using System;

namespace IntercomPS.Sandbox.Tests.Support
{
    public static class Day
    {
        public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
            new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);

        public static long Unix(this DateTimeOffset instant) => instant.ToUnixTimeSeconds();
    }
}
