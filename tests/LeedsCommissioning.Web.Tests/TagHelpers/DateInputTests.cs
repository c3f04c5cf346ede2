using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Rendering_a_date_input
{
    private readonly TagHelperHarness<ContractForm> _page =
        new(new ContractForm { StartDate = DateInputModel.From(new DateOnly(2025, 4, 1)) });

    private Rendered Render() => _page.Render(new GovUkDateInputTagHelper(TimeProvider.System)
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.StartDate),
        Hint = "For example, 27 3 2025",
    });

    [Fact]
    public void renders_day_month_and_year_inputs_in_a_group_fieldset()
    {
        var html = Render();

        Assert.Equal("group", html.Single("fieldset.govuk-fieldset").GetAttribute("role"));
        Assert.Equal("Start date", html.Single("legend").TextContent);
        Assert.NotNull(html.Find("div.govuk-date-input#StartDate"));
        var inputs = html.All("div.govuk-date-input__item input");
        Assert.Equal(["StartDate.Day", "StartDate.Month", "StartDate.Year"], inputs.Select(i => i.GetAttribute("name")));
        Assert.Equal(["StartDate_Day", "StartDate_Month", "StartDate_Year"], inputs.Select(i => i.Id));
        Assert.Equal(["1", "4", "2025"], inputs.Select(i => i.GetAttribute("value")));
        Assert.All(inputs, i => Assert.Equal("numeric", i.GetAttribute("inputmode")));
        Assert.Equal(
            ["Day", "Month", "Year"],
            html.All("label.govuk-date-input__label").Select(l => l.TextContent));
        Assert.Equal("govuk-input govuk-date-input__input govuk-input--width-4", inputs[2].ClassName);
        Assert.Equal("StartDate-hint", html.Single("fieldset").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void marks_all_three_inputs_when_the_error_is_on_the_whole_date()
    {
        _page.Posted("StartDate.Day", "31").Posted("StartDate.Month", "2").Posted("StartDate.Year", "2025")
            .Error("StartDate", "Start date must be a real date");

        var html = Render();

        Assert.Equal(3, html.All("input.govuk-input--error").Length);
        Assert.Equal("govuk-input govuk-date-input__input govuk-input--error govuk-input--width-2", html.Single("#StartDate_Day").ClassName);
        Assert.Equal(["31", "2", "2025"], html.All("input").Select(i => i.GetAttribute("value")));
        Assert.Equal("StartDate-error", html.Single("p.govuk-error-message").Id);
        Assert.Equal("Error: Start date must be a real date", html.Single("p.govuk-error-message").TextContent);
        Assert.Equal("StartDate-hint StartDate-error", html.Single("fieldset").GetAttribute("aria-describedby"));
        Assert.NotNull(html.Find("div.govuk-form-group.govuk-form-group--error > fieldset"));
    }

    [Fact]
    public void marks_only_the_part_with_the_error()
    {
        _page.Posted("StartDate.Month", "13").Error("StartDate.Month", "Start date must include a real month");

        var html = Render();

        Assert.Equal(["StartDate_Month"], html.All("input.govuk-input--error").Select(i => i.Id));
        Assert.Equal("Error: Start date must include a real month", html.Single("#StartDate-error").TextContent);
        Assert.Equal("13", html.Single("#StartDate_Month").GetAttribute("value"));
    }
}

public class Reading_a_date_input_model
{
    private static DateInputModel Date(string? day, string? month, string? year) =>
        new() { Day = day, Month = month, Year = year };

    [Fact]
    public void rejects_31_february()
    {
        Assert.False(Date("31", "02", "2025").TryGetDate(out _));
        Assert.Null(Date("31", "2", "2025").ToDateOnly());
    }

    [Fact]
    public void accepts_29_february_in_a_leap_year_only()
    {
        Assert.True(Date("29", "2", "2024").TryGetDate(out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
        Assert.False(Date("29", "2", "2025").TryGetDate(out _));
    }

    [Theory]
    [InlineData("1", "4", "25")]
    [InlineData("1", "4", "02025")]
    [InlineData("1", "13", "2025")]
    [InlineData("0", "4", "2025")]
    [InlineData("1", "", "2025")]
    [InlineData("1.5", "4", "2025")]
    [InlineData("-1", "4", "2025")]
    [InlineData("1", "ap", "2025")]
    public void rejects_incomplete_or_impossible_dates(string day, string month, string year)
    {
        Assert.False(Date(day, month, year).TryGetDate(out _));
    }

    [Theory]
    [InlineData(" 01 ", "04", "2025")]
    [InlineData("1", "apr", "2025")]
    [InlineData("1", "April", "2025")]
    public void accepts_padded_numbers_and_month_names(string day, string month, string year)
    {
        Assert.Equal(new DateOnly(2025, 4, 1), Date(day, month, year).ToDateOnly());
    }

    [Fact]
    public void round_trips_a_date_and_knows_when_it_is_empty()
    {
        Assert.Equal(new DateOnly(2031, 12, 9), DateInputModel.From(new DateOnly(2031, 12, 9)).ToDateOnly());
        Assert.True(DateInputModel.From(null).IsEmpty);
        Assert.True(Date(" ", null, "").IsEmpty);
        Assert.False(Date(null, null, "2025").IsEmpty);
    }
}
