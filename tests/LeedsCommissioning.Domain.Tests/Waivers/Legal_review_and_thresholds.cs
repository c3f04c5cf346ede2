using LeedsCommissioning.Domain.Decisions;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Legal_review_and_thresholds
{
    [Theory]
    [InlineData("2019-10-30", 181_302)]
    [InlineData("2020-01-01", 189_330)]
    [InlineData("2021-12-31", 189_330)]
    [InlineData("2022-01-01", 213_477)]
    [InlineData("2024-06-01", 214_904)]
    [InlineData("2025-12-31", 214_904)]
    [InlineData("2026-01-01", 207_720)]
    [InlineData("2026-11-26", 207_720)]
    public void the_public_procurement_threshold_is_the_one_in_force_on_the_date(string date, int expected)
    {
        var threshold = DecisionRules.Default.ProcurementThresholdOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, threshold!.Amount);
    }

    [Fact]
    public void there_is_no_threshold_before_the_first_dated_entry()
    {
        Assert.Null(DecisionRules.Default.ProcurementThresholdOn(new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void a_waiver_below_the_threshold_needs_no_legal_review()
    {
        var waiver = Draft(Complete(value: 47_600m));

        Assert.False(waiver.NeedsLegalReview(DecisionRules.Default));
    }

    [Fact]
    public void the_same_value_can_be_above_the_threshold_on_one_date_and_below_it_on_another()
    {
        var rules = DecisionRules.Default;

        var in2019 = Draft(Complete(value: 200_000m, reportDate: new DateOnly(2019, 6, 1)));
        var in2023 = Draft(Complete(value: 200_000m, reportDate: new DateOnly(2023, 6, 1)));

        Assert.True(in2019.NeedsLegalReview(rules));
        Assert.False(in2023.NeedsLegalReview(rules));
    }

    [Fact]
    public void a_waiver_above_the_threshold_cannot_be_submitted_until_the_legal_review_is_recorded()
    {
        var rules = DecisionRules.Default;
        var waiver = Draft(Complete(value: 250_000m, reportDate: new DateOnly(2026, 11, 20)));

        var missing = waiver.MissingSections(rules);
        Assert.Contains(missing, m => m.Field == "LegalReviewBy" && m.Message.Contains("£207,720"));

        waiver.UpdateDraft(Complete(value: 250_000m, reportDate: new DateOnly(2026, 11, 20))
            with { LegalReviewBy = "Sam Patel, Legal Services", LegalReviewOn = new DateOnly(2026, 11, 19) });
        waiver.Submit(new DateOnly(2026, 11, 26), rules);

        Assert.Equal(LeedsCommissioning.Domain.Waivers.WaiverStatus.Submitted, waiver.Status);
    }

    [Fact]
    public void thresholds_and_the_key_decision_threshold_come_from_configuration()
    {
        var rules = new DecisionRules
        {
            KeyDecisionThreshold = 250_000m,
            ProcurementThresholds = [new(new DateOnly(2026, 1, 1), 100_000m, "test")],
        };
        var waiver = Draft(Complete(value: 150_000m, reportDate: new DateOnly(2026, 3, 1)));

        Assert.True(waiver.NeedsLegalReview(rules));
        Assert.False(rules.IsKeyDecisionValue(150_000m));
        Assert.True(rules.IsKeyDecisionValue(250_000m));
    }
}
