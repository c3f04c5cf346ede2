using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Security;

namespace LeedsCommissioning.Domain.Tests.Security;

public sealed class Keeping_the_last_administrator
{
    [Fact]
    public void refuses_to_take_the_role_or_access_from_the_only_active_administrator()
    {
        var refused = Assert.Throws<DomainException>(() =>
            LastAdministratorRule.EnsureAllowed(activeAdministrators: 1, targetIsActiveAdministrator: true, targetStaysActiveAdministrator: false));

        Assert.Equal("This is the only active administrator. Make someone else an administrator first.", refused.Message);
    }

    [Theory]
    [InlineData(2, true, false)]   // another active administrator remains
    [InlineData(1, true, true)]    // the only administrator stays one (e.g. a new job title)
    [InlineData(1, false, false)]  // changing someone who is not an active administrator
    [InlineData(0, false, true)]   // making someone an administrator when none is active
    [InlineData(1, false, true)]   // making a second administrator
    public void allows_changes_that_leave_an_active_administrator(int active, bool isActiveAdministrator, bool staysActiveAdministrator)
    {
        var refusal = Record.Exception(() => LastAdministratorRule.EnsureAllowed(active, isActiveAdministrator, staysActiveAdministrator));

        Assert.Null(refusal);
    }
}
