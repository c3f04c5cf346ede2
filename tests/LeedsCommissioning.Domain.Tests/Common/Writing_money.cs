using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Tests.Common;

public sealed class Writing_money
{
    [Theory]
    [InlineData("75000", "£75,000")]
    [InlineData("75000.50", "£75,000.50")]
    [InlineData("0.05", "£0.05")]
    [InlineData("0", "£0")]
    [InlineData("1250000.00", "£1,250,000")]
    public void pence_are_written_only_when_there_are_some(string amount, string expected)
    {
        Assert.Equal(expected, Money.Text(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
