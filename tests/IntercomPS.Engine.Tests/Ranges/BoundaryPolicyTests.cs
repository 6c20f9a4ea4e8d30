using System;
using IntercomPS.Engine.Ranges;

namespace IntercomPS.Engine.Tests.Ranges
{
    public sealed class BoundaryPolicyTests
    {
        private static readonly DateTimeOffset Midnight = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly long MidnightSeconds = Midnight.ToUnixTimeSeconds();

        [Fact]
        public void Second_precision_widens_the_lower_side_by_one_second_only()
        {
            var bounds = BoundaryPolicy.SecondPrecision.BoundsFor(new DateWindow(Midnight, Midnight.AddDays(1)));

            Assert.Equal(new QueryBounds(MidnightSeconds - 1, MidnightSeconds + 86400), bounds);
        }

        [Fact]
        public void Fractional_edges_round_outwards()
        {
            var window = new DateWindow(Midnight.AddMilliseconds(500), Midnight.AddSeconds(10).AddMilliseconds(1));

            var bounds = BoundaryPolicy.SecondPrecision.BoundsFor(window);

            // Whole seconds t with t > After are t >= start's second; t < Before includes second 10.
            Assert.Equal(new QueryBounds(MidnightSeconds - 1, MidnightSeconds + 11), bounds);
        }

        [Fact]
        public void Calendar_day_widens_both_sides_by_the_longest_day()
        {
            var bounds = BoundaryPolicy.CalendarDay.BoundsFor(new DateWindow(Midnight, Midnight.AddDays(1)));

            Assert.Equal(new QueryBounds(MidnightSeconds - 26 * 3600, MidnightSeconds + 86400 + 26 * 3600), bounds);
        }

        [Fact]
        public void Before_the_epoch_seconds_still_round_outwards()
        {
            var epoch = DateTimeOffset.FromUnixTimeSeconds(0);
            var bounds = new BoundaryPolicy(TimeSpan.Zero, TimeSpan.Zero).BoundsFor(new DateWindow(epoch.AddMilliseconds(-1500), epoch.AddMilliseconds(-500)));

            Assert.Equal(new QueryBounds(-2, 0), bounds);
        }

        [Fact]
        public void Negative_margins_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new BoundaryPolicy(TimeSpan.FromSeconds(-1), TimeSpan.Zero));
        }
    }
}
