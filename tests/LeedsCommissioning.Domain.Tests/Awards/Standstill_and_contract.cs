using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Tests.Evaluation;

namespace LeedsCommissioning.Domain.Tests.Awards;

public sealed class Standstill_and_contract
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static LotAward ApprovedWithNotice(Opportunity o, DateOnly published)
    {
        var award = Awarding.Approved(o);
        award.RecordNoticePublished(published, published, AwardRules.Default, BankHolidays.EnglandAndWales);
        return award;
    }

    [Fact]
    public void the_standstill_ends_8_working_days_after_the_notice_skipping_christmas_boxing_day_and_new_year()
    {
        // Notice Monday 21 December 2026: 22, 23, 24, 29, 30, 31 December, 4 and 5 January are the 8 working days.
        var award = ApprovedWithNotice(Awarding.InEvaluation(), D(2026, 12, 21));

        Assert.Equal(D(2026, 12, 21), award.NoticePublishedOn);
        Assert.Equal(D(2027, 1, 5), award.StandstillEndsOn);
    }

    [Fact]
    public void the_standstill_length_is_configuration()
    {
        var award = Awarding.Approved(Awarding.InEvaluation());

        award.RecordNoticePublished(D(2027, 1, 11), D(2027, 1, 11), new AwardRules { StandstillWorkingDays = 10 }, BankHolidays.EnglandAndWales);

        Assert.Equal(D(2027, 1, 25), award.StandstillEndsOn);
    }

    [Fact]
    public void the_notice_follows_an_approved_award_and_is_not_dated_in_the_future()
    {
        var o = Awarding.InEvaluation();
        var waiting = Awarding.Recommend(o);
        var approved = Awarding.Approved(Awarding.InEvaluation());

        Assert.Throws<DomainException>(() => waiting.RecordNoticePublished(Awarding.Today, Awarding.Today, AwardRules.Default, BankHolidays.EnglandAndWales));
        var future = Assert.Throws<DomainException>(() => approved.RecordNoticePublished(Awarding.Today.AddDays(1), Awarding.Today, AwardRules.Default, BankHolidays.EnglandAndWales));
        Assert.Equal("NoticePublishedOn", future.Field);
    }

    [Fact]
    public void a_key_decision_is_not_acted_on_until_its_call_in_period_ends()
    {
        var award = Awarding.Recommend(Awarding.InEvaluation(), firstPrice: 500_000m);
        award.Decide(Awarding.Director, true, "The highest scoring bid.", D(2027, 1, 11), DecisionRules.Default);

        var early = Assert.Throws<DomainException>(() => award.RecordNoticePublished(D(2027, 1, 18), D(2027, 1, 18), AwardRules.Default, BankHolidays.EnglandAndWales));
        award.RecordNoticePublished(D(2027, 1, 19), D(2027, 1, 19), AwardRules.Default, BankHolidays.EnglandAndWales);

        Assert.Equal(D(2027, 1, 18), award.Decision.CallInEndsOn);
        Assert.Equal(("NoticePublishedOn", "The award is a key decision open for call-in until 18 January 2027: publish the notice after the call-in period ends"), (early.Field, early.Message));
        Assert.Equal(D(2027, 1, 29), award.StandstillEndsOn);
    }

    [Fact]
    public void nothing_is_contracted_before_the_standstill_ends()
    {
        var award = ApprovedWithNotice(Awarding.InEvaluation(), D(2027, 1, 11));

        var noNotice = Assert.Throws<DomainException>(() => Awarding.Approved(Awarding.InEvaluation()).EnsureCanCreateContract(D(2027, 3, 1)));
        var lastDay = Assert.Throws<DomainException>(() => award.EnsureCanCreateContract(D(2027, 1, 21)));
        award.EnsureCanCreateContract(D(2027, 1, 22));

        Assert.StartsWith("Record the date the contract award notice was published first", noNotice.Message, StringComparison.Ordinal);
        Assert.Equal("The standstill ends on 21 January 2027: the contract can be created from 22 January 2027", lastDay.Message);
        Assert.False(award.IsPastStandstill(D(2027, 1, 21)));
        Assert.True(award.IsPastStandstill(D(2027, 1, 22)));
    }

    [Fact]
    public void the_contract_is_built_from_the_winning_bid_with_its_partners_value_term_funding_and_commitments()
    {
        var o = Awarding.InEvaluation();
        var award = ApprovedWithNotice(o, D(2027, 1, 11));
        Panels.SetId(award, 5);
        var rules = new BidRules(Opportunities.Drafts.BidDeadline, o.PriceYears,
            [new BidQuestionRule(700, 1, 500), new BidQuestionRule(701, 2, 300)], [1, 2], ConsortiaAllowed: true);
        var bid = new Bid(o.Id, o.Lots[0].Id, 10, "provider-user", rules, Opportunities.Drafts.Now);
        bid.Save(new BidContent([60_000m, 60_000m, 60_000m, 60_000m, 60_000m], ["Drop-ins.", "A panel."], [12m, 0m], ["Hamara", "Not Registered Group"]), rules, "provider-user", Opportunities.Drafts.Now);
        Panels.SetId(bid, 1);
        var winner = new Provider("Aire Care");
        Panels.SetId(winner, 10);
        var partner = new Provider("Hamara");
        Panels.SetId(partner, 11);
        var adults = new CommissioningOrganisation("LCC-AH", "Adults and Health", CommissioningOrganisationKind.CouncilDirectorate);
        Panels.SetId(adults, 1);
        var jobs = new SocialValueCriterion("SV1", "Local jobs", CharterPrinciple.EmploymentTrainingGoodEmployer, "jobs", null);
        Panels.SetId(jobs, 1);
        var hours = new SocialValueCriterion("SV2", "Volunteering hours", CharterPrinciple.Partnership, "hours", null);
        Panels.SetId(hours, 2);

        var early = Assert.Throws<DomainException>(() => award.CreateContract(o, adults, bid, winner, [winner, partner], new Dictionary<int, SocialValueCriterion> { [1] = jobs, [2] = hours }, D(2027, 4, 1), D(2027, 1, 21)));
        var contract = award.CreateContract(o, adults, bid, winner, [winner, partner], new Dictionary<int, SocialValueCriterion> { [1] = jobs, [2] = hours }, D(2027, 4, 1), D(2027, 1, 22));

        Assert.StartsWith("The standstill ends on 21 January 2027", early.Message, StringComparison.Ordinal);
        Assert.Equal(("AWD-7-1", "Community mental health wellbeing: lot 1, Lot 1"), (contract.Reference, contract.Title));
        Assert.Equal([("Aire Care", ProviderRole.Lead), ("Hamara", ProviderRole.Partner)], contract.Providers.Select(p => (p.Provider.Name, p.Role)));
        Assert.Equal(60_000m, contract.AnnualValue); // £300,000 over the 5 priced years
        Assert.Equal((D(2027, 4, 1), D(2030, 3, 31)), (contract.StartDate, contract.InitialEndDate)); // 36 months
        Assert.Equal([12, 12], contract.Extensions.Select(e => e.Months));
        Assert.Equal([(1, FundingStream.LccBudget, 60_000m)], contract.Funding.Select(f => (f.FunderOrganisationId!.Value, f.Stream, f.AnnualAmount)));
        Assert.Equal([("Local jobs", 12m, "jobs")], contract.Commitments.Select(c => (c.Criterion, c.Quantity, c.Unit)));
        Assert.Equal((ContractStatus.Awarded, 7, 5), (contract.Status, contract.OpportunityId!.Value, contract.LotAwardId!.Value));
    }
}
