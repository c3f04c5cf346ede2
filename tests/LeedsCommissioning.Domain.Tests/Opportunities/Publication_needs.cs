using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Publication_needs
{
    private static readonly PublicationRules Rules = new(
    [
        new(ThresholdKind.Standard, new DateOnly(2024, 1, 1), 214_904m, "test"),
        new(ThresholdKind.Standard, new DateOnly(2026, 1, 1), 207_720m, "test"),
        new(ThresholdKind.LightTouch, new DateOnly(2024, 1, 1), 663_540m, "test"),
        new(ThresholdKind.Central, new DateOnly(2024, 1, 1), 139_688m, "test"),
        new(ThresholdKind.Central, new DateOnly(2026, 1, 1), 135_018m, "test"),
    ]);

    [Fact]
    public void an_nhs_opportunity_is_measured_against_the_central_government_threshold_and_a_council_one_against_the_sub_central()
    {
        Assert.Equal(ThresholdKind.Central, PublicationRules.KindFor(CommissioningOrganisationKind.Nhs, ProcurementProcedure.Open));
        Assert.Equal(ThresholdKind.Standard, PublicationRules.KindFor(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.Open));
        Assert.Equal(ThresholdKind.LightTouch, PublicationRules.KindFor(CommissioningOrganisationKind.Nhs, ProcurementProcedure.LightTouch));
    }

    [Fact]
    public void an_nhs_opportunity_of_137000_pounds_crosses_the_threshold_only_from_1_january_2026()
    {
        var before = Rules.For(CommissioningOrganisationKind.Nhs, ProcurementProcedure.Open, 137_000m, new DateOnly(2025, 12, 31));
        var after = Rules.For(CommissioningOrganisationKind.Nhs, ProcurementProcedure.Open, 137_000m, new DateOnly(2026, 1, 1));
        var council = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.Open, 137_000m, new DateOnly(2026, 1, 1));

        Assert.Equal((false, 139_688m), (before.FindATender, before.Threshold!.Amount));
        Assert.Equal((true, 135_018m), (after.FindATender, after.Threshold!.Amount));
        Assert.Equal((false, 207_720m), (council.FindATender, council.Threshold!.Amount));
    }

    [Fact]
    public void the_threshold_in_force_on_the_publication_date_applies()
    {
        Assert.Equal(214_904m, Rules.ThresholdOn(ThresholdKind.Standard, new DateOnly(2025, 12, 31))!.Amount);
        Assert.Equal(207_720m, Rules.ThresholdOn(ThresholdKind.Standard, new DateOnly(2026, 1, 1))!.Amount);
        Assert.Null(Rules.ThresholdOn(ThresholdKind.Standard, new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public void a_value_between_two_thresholds_is_over_only_after_the_lower_one_comes_in()
    {
        var before = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.Open, 210_000m, new DateOnly(2025, 12, 31));
        var after = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.Open, 210_000m, new DateOnly(2026, 1, 2));

        Assert.False(before.FindATender);
        Assert.True(after.FindATender);
    }

    [Fact]
    public void a_council_opportunity_over_10000_pounds_goes_on_the_regional_portal()
    {
        var needs = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.LightTouch, 10_000.01m, new DateOnly(2026, 12, 1));

        Assert.True(needs.RegionalPortal);
        Assert.False(needs.ContractsFinder);
        Assert.False(needs.FindATender);
    }

    [Fact]
    public void a_council_opportunity_of_exactly_10000_pounds_needs_no_notice()
    {
        var needs = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.Open, 10_000m, new DateOnly(2026, 12, 1));

        Assert.False(needs.RegionalPortal);
        Assert.Equal(["No external notice needed: publish on this portal only"], needs.Describe());
    }

    [Fact]
    public void an_nhs_opportunity_over_25000_pounds_goes_on_contracts_finder()
    {
        var needs = Rules.For(CommissioningOrganisationKind.Nhs, ProcurementProcedure.Open, 30_000m, new DateOnly(2026, 12, 1));

        Assert.True(needs.ContractsFinder);
        Assert.False(needs.RegionalPortal);
    }

    [Fact]
    public void light_touch_services_are_measured_against_the_light_touch_threshold()
    {
        var under = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.LightTouch, 600_000m, new DateOnly(2026, 12, 1));
        var over = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.LightTouch, 700_000m, new DateOnly(2026, 12, 1));

        Assert.False(under.FindATender);
        Assert.True(over.FindATender);
        Assert.Equal(663_540m, over.Threshold!.Amount);
    }

    [Fact]
    public void a_grant_round_is_never_over_the_procurement_threshold()
    {
        var needs = Rules.For(CommissioningOrganisationKind.CouncilDirectorate, ProcurementProcedure.GrantRound, 5_000_000m, new DateOnly(2026, 12, 1));

        Assert.False(needs.FindATender);
        Assert.True(needs.RegionalPortal);
    }

    [Fact]
    public void the_provider_selection_regime_always_publishes_on_find_a_tender()
    {
        var needs = Rules.For(CommissioningOrganisationKind.Nhs, ProcurementProcedure.PsrMostSuitableProvider, 20_000m, new DateOnly(2026, 12, 1));

        Assert.True(needs.FindATender);
        Assert.False(needs.OverThreshold);
    }
}
