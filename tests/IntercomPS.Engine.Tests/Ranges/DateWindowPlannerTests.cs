using System;
using System.Linq;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Tests.Ranges
{
    public sealed class DateWindowPlannerTests
    {
        private static readonly DateTimeOffset Since = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        [Theory]
        // range days, chunk days, windows, length of the last window in days
        [InlineData(1, 1, 1, 1)]
        [InlineData(1, 7, 1, 1)]
        [InlineData(1, 30, 1, 1)]
        [InlineData(7, 1, 7, 1)]
        [InlineData(7, 7, 1, 7)]
        [InlineData(7, 30, 1, 7)]
        [InlineData(45, 1, 45, 1)]
        [InlineData(45, 7, 7, 3)]
        [InlineData(45, 30, 2, 15)]
        public void Chunk_days_split_the_range_into_consecutive_windows(int rangeDays, int chunkDays, int expectedWindows, int lastWindowDays)
        {
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(rangeDays), chunkDays);

            Assert.Equal(expectedWindows, windows.Count);
            Assert.All(windows.Take(windows.Count - 1), window => Assert.Equal(TimeSpan.FromDays(chunkDays), window.Duration));
            Assert.Equal(TimeSpan.FromDays(lastWindowDays), windows.Last().Duration);
            AssertTiles(windows, Since, Since.AddDays(rangeDays));
        }

        [Theory]
        // range in hours, windows without ChunkDays: up to 3 days is one window, beyond that 1-day windows
        [InlineData(1, 1)]
        [InlineData(24, 1)]
        [InlineData(72, 1)]
        [InlineData(73, 4)]
        [InlineData(24 * 7, 7)]
        [InlineData(24 * 45 + 12, 46)]
        public void Without_chunk_days_ranges_over_three_days_use_one_day_windows(int rangeHours, int expectedWindows)
        {
            var until = Since.AddHours(rangeHours);
            var windows = DateWindowPlanner.Plan(Since, until);

            Assert.Equal(expectedWindows, windows.Count);
            if (expectedWindows > 1) Assert.Equal(TimeSpan.FromDays(1), windows[0].Duration);
            AssertTiles(windows, Since, until);
        }

        [Fact]
        public void Exactly_three_days_is_one_window_and_one_second_more_is_four()
        {
            Assert.Single(DateWindowPlanner.Plan(Since, Since.AddDays(3)));
            var windows = DateWindowPlanner.Plan(Since, Since.AddDays(3).AddSeconds(1));
            Assert.Equal(4, windows.Count);
            Assert.Equal(TimeSpan.FromSeconds(1), windows[3].Duration);
        }

        [Fact]
        public void Windows_align_to_since_not_to_midnight_and_are_utc()
        {
            var since = new DateTimeOffset(2026, 1, 1, 9, 30, 0, TimeSpan.FromHours(2));
            var windows = DateWindowPlanner.Plan(since, since.AddDays(2).AddHours(5), 1);

            Assert.Equal("2026-01-01T07:30:00Z..2026-01-02T07:30:00Z", windows[0].ToString());
            Assert.Equal("2026-01-02T07:30:00Z..2026-01-03T07:30:00Z", windows[1].ToString());
            Assert.Equal("2026-01-03T07:30:00Z..2026-01-03T12:30:00Z", windows[2].ToString());
            Assert.All(windows, window => Assert.Equal(TimeSpan.Zero, window.Start.Offset));
        }

        [Fact]
        public void An_empty_range_has_no_windows_and_a_reversed_one_is_refused()
        {
            Assert.Empty(DateWindowPlanner.Plan(Since, Since));
            var error = Assert.Throws<ArgumentException>(() => DateWindowPlanner.Plan(Since.AddDays(1), Since));
            Assert.Contains("later than until", error.Message);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(367)]
        [InlineData(-1)]
        public void Chunk_days_outside_1_to_366_are_refused(int chunkDays)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => DateWindowPlanner.Plan(Since, Since.AddDays(10), chunkDays));
        }

        [Fact]
        public void The_largest_chunk_covers_a_leap_year_in_one_window()
        {
            var leapYear = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Assert.Single(DateWindowPlanner.Plan(leapYear, leapYear.AddYears(1), 366));
        }

        private static void AssertTiles(System.Collections.Generic.IReadOnlyList<DateWindow> windows, DateTimeOffset since, DateTimeOffset until)
        {
            Assert.Equal(since, windows[0].Start);
            Assert.Equal(until, windows[windows.Count - 1].End);
            for (var i = 1; i < windows.Count; i++) Assert.Equal(windows[i - 1].End, windows[i].Start);
        }
    }

    public sealed class DateWindowTests
    {
        [Fact]
        public void A_window_is_half_open_and_prints_as_a_utc_range()
        {
            var window = new DateWindow(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));

            Assert.Equal("2026-01-01T00:00:00Z..2026-01-02T00:00:00Z", window.ToString());
            Assert.True(window.Contains(window.Start));
            Assert.True(window.Contains(window.End.AddTicks(-1)));
            Assert.False(window.Contains(window.End));
            Assert.False(window.Contains(window.Start.AddTicks(-1)));
        }

        [Fact]
        public void A_fraction_of_a_second_is_shown_only_when_present()
        {
            var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Assert.Equal("2026-01-01T00:00:00.25Z..2026-01-01T00:00:01Z", new DateWindow(start.AddMilliseconds(250), start.AddSeconds(1)).ToString());
        }

        [Fact]
        public void Windows_are_equal_by_value_and_must_not_be_empty()
        {
            var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Assert.Equal(new DateWindow(start, start.AddDays(1)), new DateWindow(start.ToOffset(TimeSpan.FromHours(3)), start.AddDays(1)));
            Assert.Throws<ArgumentException>(() => new DateWindow(start, start));
        }
    }
}
