using System.Globalization;
using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Domain.Tests.Decisions;

public sealed class Working_days_and_bank_holidays
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string[] Listed(int year) =>
        BankHolidays.EnglandAndWales.In(year).Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void the_2026_bank_holidays_are_those_gov_uk_lists()
    {
        // gov.uk/bank-holidays, 2026: Boxing Day falls on a Saturday, so Monday 28 December is the substitute day.
        Assert.Equal(
            ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
            Listed(2026));
    }

    [Fact]
    public void easter_2027_gives_good_friday_26_march_and_easter_monday_29_march()
    {
        Assert.Equal(D("2027-03-28"), BankHolidays.EasterSunday(2027));
        Assert.Equal(
            ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
            Listed(2027));
    }

    [Fact]
    public void a_christmas_on_a_saturday_moves_christmas_to_monday_and_boxing_day_to_tuesday_and_new_year_to_monday()
    {
        // 2021-22 on gov.uk: 27 and 28 December 2021 substitute days, 3 January 2022 substitute day.
        Assert.Contains(D("2021-12-27"), BankHolidays.EnglandAndWales.In(2021));
        Assert.Contains(D("2021-12-28"), BankHolidays.EnglandAndWales.In(2021));
        Assert.Contains(D("2022-01-03"), BankHolidays.EnglandAndWales.In(2022));
    }

    [Fact]
    public void the_one_off_changes_since_2020_are_applied()
    {
        Assert.Equal(["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"], Listed(2020));
        Assert.Equal(
            ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
            Listed(2022));
        Assert.Contains(D("2023-05-08"), BankHolidays.EnglandAndWales.In(2023));
        Assert.Contains(D("2023-05-01"), BankHolidays.EnglandAndWales.In(2023));
    }

    [Fact]
    public void a_configured_one_off_change_is_applied_too()
    {
        var holidays = new BankHolidays([new BankHolidayChange(D("2030-06-14"), true, "An extra bank holiday")]);

        Assert.True(holidays.IsBankHoliday(D("2030-06-14")));
        Assert.False(BankHolidays.EnglandAndWales.IsBankHoliday(D("2030-06-14")));
    }

    [Fact]
    public void the_calendar_never_runs_out()
    {
        Assert.Equal(8, BankHolidays.EnglandAndWales.In(2090).Count);
        Assert.Contains(BankHolidays.EasterSunday(2090).AddDays(-2), BankHolidays.EnglandAndWales.In(2090));
    }

    [Theory]
    [InlineData("2026-12-21", 8, "2027-01-05")] // Christmas, the Boxing Day substitute and New Year's Day are skipped
    [InlineData("2026-11-26", 8, "2026-12-08")] // no bank holiday: weekends only
    [InlineData("2027-03-24", 2, "2027-03-30")] // Good Friday and Easter Monday skipped
    public void working_days_skip_weekends_and_bank_holidays(string from, int days, string ends)
    {
        Assert.Equal(D(ends), WorkingDays.Add(D(from), days));
    }

    [Fact]
    public void the_call_in_period_skips_bank_holidays_too()
    {
        // Published Wednesday 23 December 2026: 24, 29, 30, 31 December and 4 January are the five working days.
        Assert.Equal(D("2027-01-04"), DecisionRules.Default.CallInEndsOn(D("2026-12-23")));
    }
}
