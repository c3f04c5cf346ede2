using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Domain.Tests.Contracts;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Tests.Performance;

/// <summary>
/// Issue 15 and domain.md section 9: "three key performance indicators when over £5m", a Procurement Act 2023 rule for
/// procurements begun from 24 February 2025, kept as dated configuration.
/// </summary>
public sealed class Requiring_key_performance_indicators
{
    private static readonly PerformanceRules Rules = PerformanceRules.Default;
    private static readonly DateOnly ActInForce = new(2025, 2, 24);

    private static KpiLine Kpi(int n) => new($"Indicator {n}", "Share of people asked", "80%");

    [Fact]
    public void a_contract_over_five_million_procured_under_the_act_needs_three() =>
        Assert.Equal(3, Rules.MinimumKpis(ActInForce, 5_000_000.01m));

    [Fact]
    public void a_contract_of_exactly_five_million_needs_none() => Assert.Equal(0, Rules.MinimumKpis(ActInForce, 5_000_000m));

    [Fact]
    public void a_procurement_begun_before_the_act_needs_none_whatever_its_value() =>
        Assert.Equal(0, Rules.MinimumKpis(ActInForce.AddDays(-1), 40_000_000m));

    [Fact]
    public void a_later_configured_requirement_applies_from_its_own_date()
    {
        var rules = new PerformanceRules
        {
            KpiRequirements = [.. PerformanceRules.DefaultRequirements, new KpiRequirement(new DateOnly(2028, 1, 1), 6_000_000m, 4, "A revised figure")],
        };

        Assert.Equal(3, rules.MinimumKpis(new DateOnly(2027, 12, 31), 5_500_000m));
        Assert.Equal(0, rules.MinimumKpis(new DateOnly(2028, 1, 1), 5_500_000m));
        Assert.Equal(4, rules.MinimumKpis(new DateOnly(2028, 1, 1), 6_500_000m));
    }

    [Fact]
    public void setting_two_when_three_are_required_is_refused_and_blank_rows_do_not_count()
    {
        var contract = A.Contract(2_000_000m);
        var requirement = Rules.KpisFor(ActInForce, 10_000_000m);

        var refused = Assert.Throws<DomainException>(() => contract.SetKpis([Kpi(1), Kpi(2), new KpiLine(" ", null, "")], requirement));

        Assert.Equal("Enter at least 3 key performance indicators: a contract worth more than £5,000,000 needs them (Procurement Act 2023)", refused.Message);
        Assert.Empty(contract.Kpis);
    }

    [Fact]
    public void three_complete_indicators_are_kept_in_order()
    {
        var contract = A.Contract(2_000_000m);

        contract.SetKpis([Kpi(1), new KpiLine("", "", ""), Kpi(2), Kpi(3)], Rules.KpisFor(ActInForce, 10_000_000m));

        Assert.Equal(["Indicator 1", "Indicator 2", "Indicator 3"], contract.Kpis.Select(k => k.Name));
    }

    [Fact]
    public void an_indicator_without_a_target_is_refused()
    {
        var contract = A.Contract();

        var refused = Assert.Throws<DomainException>(() => contract.AddKpi(new KpiLine("Visits on time", "Call monitoring", " ")));

        Assert.Equal("Enter the target", refused.Message);
    }
}

/// <summary>Issue 15: each indicator is rated each contract year with one of the Procurement Act's four ratings, a date and a note.</summary>
public sealed class Rating_a_key_performance_indicator
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>1 April 2025 to 31 March 2028: year 2 began on 1 April 2026, year 3 begins on 1 April 2027.</summary>
    private static Contract WithOneKpi()
    {
        var contract = A.Contract(120_000m, new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31));
        contract.AddKpi(new KpiLine("Referrals seen within 10 working days", "Share of new referrals", "90%"));
        return contract;
    }

    [Fact]
    public void a_rating_is_kept_for_its_contract_year_and_rating_the_year_again_replaces_it()
    {
        var contract = WithOneKpi();

        contract.RateKpi(0, 2, PerformanceRating.RequiresImprovement, new DateOnly(2026, 10, 1), "82% in the half year", "u1", "Priya Shah", Today);
        contract.RateKpi(0, 2, PerformanceRating.ApproachingTarget, new DateOnly(2026, 11, 20), "88% after the new triage", "u1", "Priya Shah", Today);

        var rating = Assert.Single(contract.Kpis[0].Ratings);
        Assert.Equal((2, PerformanceRating.ApproachingTarget, new DateOnly(2026, 11, 20), "88% after the new triage"),
            (rating.Year, rating.Rating, rating.RatedOn, rating.Note));
        Assert.Null(contract.Kpis[0].RatingFor(1));
    }

    [Fact]
    public void a_year_that_has_not_begun_cannot_be_rated()
    {
        var contract = WithOneKpi();

        var refused = Assert.Throws<DomainException>(() =>
            contract.RateKpi(0, 3, PerformanceRating.Good, Today, null, "u1", "Priya Shah", Today));

        Assert.Equal("Contract year 3 starts on 1 April 2027: it can be rated once it has begun", refused.Message);
        Assert.Equal("Year", refused.Field);
    }

    [Fact]
    public void a_rating_dated_before_its_year_or_after_today_is_refused()
    {
        var contract = WithOneKpi();

        Assert.Equal("RatedOn", Assert.Throws<DomainException>(() =>
            contract.RateKpi(0, 2, PerformanceRating.Good, new DateOnly(2026, 3, 31), null, "u1", "Priya Shah", Today)).Field);
        Assert.Equal("RatedOn", Assert.Throws<DomainException>(() =>
            contract.RateKpi(0, 2, PerformanceRating.Good, Today.AddDays(1), null, "u1", "Priya Shah", Today)).Field);
    }

    [Fact]
    public void contract_years_count_a_part_year_at_the_end() =>
        Assert.Equal(4, ContractYears.Count(new DateOnly(2025, 4, 1), new DateOnly(2028, 9, 30)));
}

/// <summary>
/// Issue 15: a variation (a change of scope in words) is recorded with its reason and date; one that raises the value by
/// the key-decision threshold or more (domain.md section 1, seed £500,000) waits for a decision maker's decision record.
/// </summary>
public sealed class Recording_a_variation
{
    private static readonly DecisionRules Rules = DecisionRules.Default;
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Decider Director = new("director-1", "Helen Carter", IsDecisionMaker: true);

    private static ChangeRecord Because(string reason) => new(new DateOnly(2026, 12, 1), reason, "commissioner-1", "Priya Shah", new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc));

    /// <summary>£100,000 a year, 1 April 2025 to 31 March 2028, live.</summary>
    internal static Contract Live()
    {
        var contract = A.FundedContract(100_000m, new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31));
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.MoveTo(step);
        }

        return contract;
    }

    [Fact]
    public void a_variation_below_the_threshold_stands_without_a_decision()
    {
        var contract = Live();

        var change = contract.ProposeVariation("Adds evening drop-ins", 499_999.99m, Because("Asked for by service users"), Rules);

        Assert.Equal((ContractChangeKind.Variation, "Adds evening drop-ins", 499_999.99m), (change.Kind, change.Description, change.ValueChange));
        Assert.Null(change.Decision);
        Assert.True(change.Stands);
        // It stands at once, so the whole-life value moves by it; the annual value stays.
        Assert.Equal((100_000m, 799_999.99m), (contract.AnnualValue, contract.WholeLifeValue));
        Assert.Equal((300_000m, 799_999.99m), (change.WholeLifeValueBefore, change.WholeLifeValueAfter));
    }

    [Fact]
    public void a_variation_cannot_take_away_more_than_the_whole_life_value()
    {
        var contract = Live();

        var refused = Assert.Throws<DomainException>(() => contract.ProposeVariation("Stops the service", -300_000.01m, Because("Budget cut"), Rules));

        Assert.Equal(("ValueChange", "The decrease cannot be more than the contract's whole-life value, £300,000"), (refused.Field, refused.Message));
        Assert.Empty(contract.Changes);
    }

    [Fact]
    public void a_variation_at_the_threshold_waits_for_a_key_decision()
    {
        var contract = Live();

        var change = contract.ProposeVariation("Adds peer support groups", 500_000m, Because("Waiting lists have grown"), Rules);

        Assert.True(change.IsAwaitingDecision);
        Assert.False(change.Stands);
        Assert.Equal((DecisionKind.KeyDecision, DecisionRoute.DelegatedDecision), (change.Decision!.Kind, change.Decision.Route));
    }

    [Fact]
    public void the_decision_maker_approves_it_with_reasons_and_then_it_stands()
    {
        var contract = Live();
        var change = contract.ProposeVariation("Adds peer support groups", 600_000m, Because("Waiting lists have grown"), Rules);
        Assert.Equal(300_000m, contract.WholeLifeValue);

        contract.DecideChange(change.Id, Director, approve: true, "Funded by the ICB's investment", Today, Rules);

        Assert.True(change.Stands);
        Assert.Equal((100_000m, 900_000m, 900_000m), (contract.AnnualValue, contract.WholeLifeValue, change.WholeLifeValueAfter));
        Assert.Equal((DecisionOutcome.Approved, "Helen Carter", Today), (change.Decision!.Outcome, change.Decision.DecisionMakerName, change.Decision.OutcomeOn));
    }

    [Fact]
    public void a_refused_variation_does_not_stand()
    {
        var contract = Live();
        var change = contract.ProposeVariation("Adds peer support groups", 600_000m, Because("Waiting lists have grown"), Rules);

        contract.DecideChange(change.Id, Director, approve: false, "Not affordable this year", Today, Rules);

        Assert.False(change.Stands);
        Assert.Equal(300_000m, contract.WholeLifeValue);
        Assert.Equal(DecisionOutcome.Refused, change.Decision!.Outcome);
    }

    [Fact]
    public void nobody_decides_a_variation_they_recorded()
    {
        var contract = Live();
        var change = contract.ProposeVariation("Adds peer support groups", 600_000m, Because("Waiting lists have grown"), Rules);

        var refused = Assert.Throws<DomainException>(() =>
            contract.DecideChange(change.Id, new Decider("commissioner-1", "Priya Shah", true), true, "Fine", Today, Rules));

        Assert.Equal("You recorded this change, so another decision maker must decide it", refused.Message);
        Assert.True(change.IsAwaitingDecision);
    }

    [Fact]
    public void a_variation_taking_effect_after_the_end_is_refused()
    {
        var contract = Live();

        var refused = Assert.Throws<DomainException>(() => contract.ProposeVariation("Adds drop-ins", null,
            new ChangeRecord(new DateOnly(2028, 4, 1), "Because", "u", "Priya Shah", DateTime.UtcNow), Rules));

        Assert.Equal("EffectiveDate", refused.Field);
        Assert.Empty(contract.Changes);
    }
}

/// <summary>Issue 15: the UK7, UK9 and UK10 notices (domain.md section 9) list what is missing before they can be published.</summary>
public sealed class Preparing_the_performance_notices
{
    private static readonly KpiRequirement Three = PerformanceRules.DefaultRequirements[0];

    [Fact]
    public void the_contract_details_notice_says_how_many_indicators_are_missing()
    {
        var contract = Recording_a_variation.Live();
        contract.AddKpi(new KpiLine("Visits on time", "Call monitoring", "95%"));

        var notice = PerformanceNotices.ContractDetails(contract, "Leeds City Council", Three);

        Assert.Contains("Record at least 3 key performance indicators on the contract's Performance page: a contract worth more than £5,000,000 needs them (1 recorded)", notice.Missing);
        Assert.Equal("Visits on time. Measure: Call monitoring. Target: 95%", notice.Sections.Single(s => s.Heading == "Key performance indicators").Fields.Single().Value);
    }

    [Fact]
    public void the_contract_performance_notice_lists_each_indicator_not_rated_for_the_year()
    {
        var contract = Recording_a_variation.Live();
        contract.AddKpi(new KpiLine("Visits on time", "Call monitoring", "95%"));

        var notice = PerformanceNotices.ContractPerformance(contract, "Leeds City Council", 1);

        Assert.Contains("Rate “Visits on time” for contract year 1 on the contract's Performance page", notice.Missing);
        Assert.False(notice.IsReady);
    }

    [Fact]
    public void the_contract_change_notice_is_blocked_while_the_variation_waits_for_its_decision()
    {
        var contract = Recording_a_variation.Live();
        var change = contract.ProposeVariation("Adds peer support groups", 600_000m,
            new ChangeRecord(new DateOnly(2026, 12, 1), "Waiting lists have grown", "c1", "Priya Shah", new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc)),
            DecisionRules.Default);

        var notice = PerformanceNotices.ContractChange(contract, "Leeds City Council", change);

        Assert.Contains("The change is waiting for the decision maker's decision", notice.Missing);
        var fields = notice.Sections.Single(s => s.Heading == "Change").Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("£300,000", fields["Contract value before the change (whole life)"]);
        Assert.Equal("£900,000", fields["Contract value after the change (whole life)"]);
    }
}

/// <summary>
/// Issue 15, "value changes each with ... a decision record where the value or route requires one": a change of annual value
/// that raises the whole-life value by the key-decision threshold or more (the variations' rule, domain.md section 1, seed
/// £500,000) waits for a decision maker and changes nothing until approved; refused, nothing changes.
/// </summary>
public sealed class Changing_the_value_by_a_key_decision
{
    private static readonly DecisionRules Rules = DecisionRules.Default;
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Decider Director = new("director-1", "Helen Carter", IsDecisionMaker: true);

    /// <summary>From 1 April 2026, with 24 of the 36 months left: each £1 a year more adds £2 to the whole-life value.</summary>
    private static ChangeRecord FromApril(string reason) =>
        new(new DateOnly(2026, 4, 1), reason, "commissioner-1", "Priya Shah", new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc));

    private static FundingLine[] Funding(decimal lcc, decimal ccg) =>
        [FundingLine.FromOrganisation(1, FundingStream.LccBudget, lcc), FundingLine.FromOrganisation(2, FundingStream.CcgBudget, ccg)];

    [Fact]
    public void an_increase_of_the_threshold_or_more_waits_and_changes_neither_the_value_nor_the_funding()
    {
        var contract = Recording_a_variation.Live();

        var change = contract.ChangeValue(350_000m, Funding(100_000m, 250_000m), FromApril("The ICB adds crisis beds"), Rules);

        Assert.True(change.IsAwaitingDecision);
        Assert.False(change.Stands);
        Assert.Equal((ContractChangeKind.Value, 500_000m, 350_000m), (change.Kind, change.ValueChange, change.AnnualValueAfter));
        Assert.Equal((DecisionKind.KeyDecision, DecisionRoute.DelegatedDecision), (change.Decision!.Kind, change.Decision.Route));
        Assert.Equal((100_000m, 300_000m), (contract.AnnualValue, contract.WholeLifeValue));
        Assert.Equal([100_000m], contract.Funding.Select(f => f.AnnualAmount));
        Assert.Same(change, contract.ValueChangeAwaitingDecision);
    }

    [Fact]
    public void an_increase_below_the_threshold_applies_at_once_without_a_decision()
    {
        var contract = Recording_a_variation.Live();

        var change = contract.ChangeValue(349_999.99m, Funding(100_000m, 249_999.99m), FromApril("More sessions"), Rules);

        Assert.Null(change.Decision);
        Assert.True(change.Stands);
        Assert.Equal(349_999.99m, contract.AnnualValue);
    }

    [Fact]
    public void approving_applies_the_value_and_the_funding_typed_from_the_effective_date()
    {
        var contract = Recording_a_variation.Live();
        var change = contract.ChangeValue(350_000m, Funding(100_000m, 250_000m), FromApril("The ICB adds crisis beds"), Rules);

        contract.DecideChange(change.Id, Director, approve: true, "Funded by the ICB", Today, Rules);

        Assert.True(change.Stands);
        // 12 months at £100,000 and 24 at £350,000.
        Assert.Equal((350_000m, 800_000m), (contract.AnnualValue, contract.WholeLifeValue));
        Assert.Equal([(FundingStream.LccBudget, 100_000m), (FundingStream.CcgBudget, 250_000m)],
            contract.Funding.OrderBy(f => f.Stream).Select(f => (f.Stream, f.AnnualAmount)));
        Assert.Equal((300_000m, 800_000m), (change.WholeLifeValueBefore, change.WholeLifeValueAfter));
        Assert.Null(contract.ValueChangeAwaitingDecision);
    }

    [Fact]
    public void refusing_changes_nothing_and_the_value_can_then_change_again()
    {
        var contract = Recording_a_variation.Live();
        var change = contract.ChangeValue(350_000m, Funding(100_000m, 250_000m), FromApril("The ICB adds crisis beds"), Rules);

        contract.DecideChange(change.Id, Director, approve: false, "Not affordable this year", Today, Rules);

        Assert.False(change.Stands);
        Assert.Equal(DecisionOutcome.Refused, change.Decision!.Outcome);
        Assert.Equal((100_000m, 300_000m), (contract.AnnualValue, contract.WholeLifeValue));
        Assert.Equal([100_000m], contract.Funding.Select(f => f.AnnualAmount));
        contract.ChangeValue(120_000m, Funding(100_000m, 20_000m), FromApril("A smaller increase"), Rules);
        Assert.Equal(120_000m, contract.AnnualValue);
    }

    [Fact]
    public void while_one_waits_the_value_cannot_change_again()
    {
        var contract = Recording_a_variation.Live();
        contract.ChangeValue(350_000m, Funding(100_000m, 250_000m), FromApril("The ICB adds crisis beds"), Rules);

        var refused = Assert.Throws<DomainException>(() => contract.ChangeValue(90_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 90_000m)], FromApril("A cut"), Rules));

        Assert.Equal(
            "The change of annual value to £350,000 from 1 April 2026 is waiting for a decision maker: the value and funding can change again once it is approved or refused",
            refused.Message);
    }

    [Fact]
    public void a_change_of_funding_alone_never_waits()
    {
        var contract = Recording_a_variation.Live();

        var change = contract.ChangeValue(100_000m, Funding(40_000m, 60_000m), FromApril("The CCG now pays part"), Rules);

        Assert.Equal(ContractChangeKind.Funding, change.Kind);
        Assert.Null(change.Decision);
    }
}

/// <summary>
/// Issue 15 and domain.md section 9 ("three key performance indicators when over £5m"): an indicator can be removed during the
/// contract unless it has been rated or the contract would be left with fewer than the minimum.
/// </summary>
public sealed class Removing_a_key_performance_indicator
{
    private static readonly KpiRequirement ThreeOverFiveMillion = PerformanceRules.Default.KpisFor(new DateOnly(2025, 2, 24), 10_000_000m)!;

    private static Contract With(int count)
    {
        var contract = A.Contract(2_000_000m, new DateOnly(2025, 4, 1), new DateOnly(2030, 3, 31));
        for (var n = 1; n <= count; n++)
        {
            contract.AddKpi(new KpiLine($"Indicator {n}", "Share of people asked", "80%"));
        }

        return contract;
    }

    [Fact]
    public void a_fourth_unrated_indicator_can_go_leaving_three()
    {
        var contract = With(4);

        contract.RemoveKpi(0, ThreeOverFiveMillion);

        Assert.Equal(["Indicator 2", "Indicator 3", "Indicator 4"], contract.Kpis.Select(k => k.Name));
    }

    [Fact]
    public void removing_one_of_three_on_a_contract_over_five_million_is_refused()
    {
        var contract = With(3);

        var refused = Assert.Throws<DomainException>(() => contract.RemoveKpi(0, ThreeOverFiveMillion));

        Assert.Equal(
            "“Indicator 1” cannot be removed: a contract worth more than £5,000,000 needs at least 3 key performance indicators (Procurement Act 2023). Add another first",
            refused.Message);
        Assert.Equal(3, contract.Kpis.Count);
    }

    [Fact]
    public void without_a_requirement_the_last_indicator_can_go()
    {
        var contract = With(1);

        contract.RemoveKpi(0, null);

        Assert.Empty(contract.Kpis);
    }

    [Fact]
    public void a_rated_indicator_stays()
    {
        var contract = With(4);
        contract.RateKpi(0, 1, PerformanceRating.Good, new DateOnly(2025, 10, 1), null, "u1", "Priya Shah", new DateOnly(2026, 11, 26));

        var refused = Assert.Throws<DomainException>(() => contract.RemoveKpi(0, ThreeOverFiveMillion));

        Assert.Equal("“Indicator 1” has been rated, so it stays: its ratings are part of the contract's performance record", refused.Message);
        Assert.Equal(4, contract.Kpis.Count);
    }
}
