using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Tests.Common;

public sealed class Reading_typed_money_and_numbers
{
    [Theory]
    [InlineData("£1,234.56", "1234.56")]
    [InlineData("1234", "1234")]
    [InlineData(" 1 234 ", "1234")]
    [InlineData("1,250,000", "1250000")]
    [InlineData("£ 75 000.50", "75000.50")]
    [InlineData("0", "0")]
    [InlineData("12.5", "12.5")]
    public void an_amount_written_as_people_write_it_is_read_as_pounds(string typed, string pounds)
    {
        Assert.Equal(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture), MoneyText.Parse(typed));
        Assert.Null(MoneyText.Check(typed, "Annual value"));
    }

    [Theory]
    [InlineData("-5", "Annual value must be £0 or more")]
    [InlineData("-£5", "Annual value must be £0 or more")]
    [InlineData("£-5", "Annual value must be £0 or more")]
    [InlineData("120000.005", "Annual value must be in pounds and pence, with no more than 2 decimal places")]
    [InlineData("lots", "Annual value must be an amount of money in pounds, like 1250000 or 1,250,000.50")]
    [InlineData("1,23", "Annual value must be an amount of money in pounds, like 1250000 or 1,250,000.50")]
    [InlineData("12.5.1", "Annual value must be an amount of money in pounds, like 1250000 or 1,250,000.50")]
    [InlineData("", "Enter the annual value")]
    [InlineData("   ", "Enter the annual value")]
    public void an_amount_that_is_not_pounds_and_pence_is_refused_with_what_is_wrong(string typed, string message)
    {
        Assert.Equal(message, MoneyText.Check(typed, "Annual value"));
        Assert.Null(MoneyText.Parse(typed));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void where_money_must_be_positive_nothing_at_or_below_zero_is_taken(string typed)
    {
        Assert.Equal("Total value must be more than £0", MoneyText.Check(typed, "Total value", moreThanZero: true));
    }

    [Fact]
    public void a_negative_amount_is_still_read_so_the_message_can_say_it_is_negative()
    {
        Assert.True(MoneyText.TryRead("-£1,000", out var amount));
        Assert.Equal(-1000m, amount);
    }

    [Theory]
    [InlineData("36", 36)]
    [InlineData(" 1,500 ", 1500)]
    [InlineData("1 500", 1500)]
    public void a_whole_number_is_read_with_its_separators(string typed, int expected) =>
        Assert.Equal(expected, NumberText.WholeNumber(typed));

    [Theory]
    [InlineData("-3")]
    [InlineData("3.5")]
    [InlineData("three")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void a_whole_number_refuses_what_is_not_one(string typed) =>
        Assert.Null(NumberText.WholeNumber(typed));

    [Fact]
    public void a_figure_may_have_a_fraction_but_not_a_sign()
    {
        Assert.Equal(20.5m, NumberText.Figure("20.5"));
        Assert.Null(NumberText.Figure("-20"));
    }
}
