using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Tests.Common;

public class Writing_a_quantity
{
    [Theory]
    [InlineData("6000", "pounds", "£6,000")]
    [InlineData("6000.5", "Pounds", "£6,000.50")]
    [InlineData("1200", "hours", "1,200 hours")]
    [InlineData("2.5", "days", "2.5 days")]
    [InlineData("0", "people", "0 people")]
    public void writes_pounds_as_money_and_other_units_after_the_figure(string amount, string unit, string expected) =>
        Assert.Equal(expected, Quantity.Text(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit));

    [Fact]
    public void says_none_when_nothing_was_committed() => Assert.Equal("None", Quantity.Text(null, "hours"));
}
