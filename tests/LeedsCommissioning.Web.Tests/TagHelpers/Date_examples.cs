using LeedsCommissioning.Web.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Date_examples
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void a_past_date_is_a_month_before_today() =>
        Assert.Equal("When it took effect. For example, 26 10 2026", DateExamples.Hint("When it took effect.", DateExample.Past, Clock));

    [Fact]
    public void a_future_date_is_the_first_of_a_month_ahead() =>
        Assert.Equal("For example, 1 3 2027", DateExamples.Hint(null, DateExample.Future, Clock));

    [Fact]
    public void a_later_date_is_the_end_of_a_term_five_years_ahead_leap_day_included() =>
        Assert.Equal("For example, 29 2 2032", DateExamples.Hint(null, DateExample.Later, Clock));

    [Fact]
    public void the_example_moves_with_the_clock()
    {
        var later = new FakeTimeProvider(new DateTimeOffset(2031, 5, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("For example, 1 9 2031", DateExamples.Hint(null, DateExample.Future, later));
    }

    [Fact]
    public void no_example_leaves_the_hint_as_written() =>
        Assert.Equal("Not needed if not vetted.", DateExamples.Hint("Not needed if not vetted.", DateExample.None, Clock));
}
