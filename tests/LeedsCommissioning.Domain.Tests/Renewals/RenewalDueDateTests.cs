using LeedsCommissioning.Domain.Renewals;

namespace LeedsCommissioning.Domain.Tests.Renewals;

public sealed class RenewalDueDateTests
{
    private readonly RenewalRules _rules = new();

    [Fact]
    public void An_open_tender_for_a_third_sector_provider_is_decided_fifteen_months_before_the_end()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), _rules.DecisionDueOn(new DateOnly(2028, 3, 31), RenewalRoute.OpenTender, thirdSectorFunded: true));
    }

    [Fact]
    public void Without_a_third_sector_provider_only_the_route_lead_time_counts()
    {
        Assert.Equal(new DateOnly(2027, 11, 30), _rules.DecisionDueOn(new DateOnly(2028, 3, 31), RenewalRoute.Framework, thirdSectorFunded: false));
    }

    [Theory]
    [InlineData(2028, 8, 31, 2028, 2, 29)] // leap year: 31 August less six months is 29 February
    [InlineData(2027, 8, 31, 2027, 2, 28)]
    public void Months_are_calendar_months_ending_on_the_last_day_of_a_short_month(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), _rules.DecisionDueOn(new DateOnly(y, m, d), RenewalRoute.LetExpire, thirdSectorFunded: true));
        Assert.Equal(new DateOnly(ey, em, ed), _rules.CompactNoticeBy(new DateOnly(y, m, d)));
    }

    [Fact]
    public void A_configured_lead_time_replaces_the_default_and_other_routes_keep_theirs()
    {
        var rules = new RenewalRules { LeadMonths = { [RenewalRoute.OpenTender] = 12 } };

        Assert.Equal(12, rules.LeadMonthsFor(RenewalRoute.OpenTender));
        Assert.Equal(3, rules.LeadMonthsFor(RenewalRoute.Extension));
    }

    [Fact]
    public void An_undecided_contract_is_planned_as_the_longest_route()
    {
        Assert.Equal(RenewalRoute.OpenTender, RenewalIntention.Undecided.DefaultRoute());
        Assert.Equal(RenewalRoute.Extension, RenewalIntention.Extend.DefaultRoute());
    }
}
