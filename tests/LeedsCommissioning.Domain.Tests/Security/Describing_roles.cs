using LeedsCommissioning.Domain.Security;

namespace LeedsCommissioning.Domain.Tests.Security;

public sealed class Describing_roles
{
    [Fact]
    public void calls_the_ccg_role_by_the_nhs_bodys_current_name()
    {
        Assert.Equal("NHS commissioner (ICB Leeds place, formerly CCG)", Roles.Describe(Roles.CcgCommissioner));
    }

    [Fact]
    public void gives_every_role_a_description()
    {
        Assert.All(Roles.All, role => Assert.False(string.IsNullOrWhiteSpace(Roles.Describe(role))));
        Assert.Equal(Roles.All.Count, Roles.All.Select(Roles.Describe).Distinct().Count());
    }

    [Fact]
    public void knows_only_its_own_roles()
    {
        Assert.All(Roles.All, role => Assert.True(Roles.IsKnown(role)));
        Assert.False(Roles.IsKnown("Superuser"));
        Assert.False(Roles.IsKnown("administrator"));
    }

    [Fact]
    public void counts_providers_and_evaluators_outside_staff()
    {
        Assert.DoesNotContain(Roles.ProviderUser, Roles.Staff);
        Assert.DoesNotContain(Roles.Evaluator, Roles.Staff);
        Assert.Equal(Roles.All.Except([Roles.ProviderUser, Roles.Evaluator]), Roles.Staff);
    }
}
