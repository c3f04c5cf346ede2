using LeedsCommissioning.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace LeedsCommissioning.Domain.Tests.Common;

public sealed class The_UK_clock
{
    [Fact]
    public void today_is_the_UK_date_even_when_UTC_is_still_yesterday()
    {
        // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in British Summer Time.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 1), clock.UkToday());
    }

    [Fact]
    public void an_instant_is_written_in_UK_time_GOV_UK_style()
    {
        Assert.Equal("1 July 2026 at 2:05pm", UkTime.DateAndTime(new DateTime(2026, 7, 1, 13, 5, 0, DateTimeKind.Utc)));
        Assert.Equal("26 November 2026 at midday", UkTime.DateAndTime(new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void a_UK_date_and_time_skipped_when_the_clocks_go_forward_moves_on_an_hour()
    {
        // 29 March 2026: 01:00 to 02:00 does not exist in the UK.
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }
}
