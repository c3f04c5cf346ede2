using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Tests.Providers;

public sealed class Renaming_a_provider
{
    [Fact]
    public void trims_the_new_name()
    {
        var provider = new Provider("Leeds Mind");

        provider.Rename("  Mind in Leeds ");

        Assert.Equal("Mind in Leeds", provider.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void needs_a_name(string name)
    {
        var provider = new Provider("Leeds Mind");

        var refused = Assert.Throws<DomainException>(() => provider.Rename(name));

        Assert.Equal("Enter the organisation's name", refused.Message);
        Assert.Equal(nameof(Provider.Name), refused.Field);
        Assert.Equal("Leeds Mind", provider.Name);
    }
}
