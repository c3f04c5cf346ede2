using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Submitting_a_waiver
{
    [Fact]
    public void a_draft_can_be_saved_incomplete()
    {
        var waiver = new CprWaiver("Half-written", AuthorId, "Grace Okafor", Today);

        waiver.UpdateDraft(new WaiverDraft { Subject = "Half-written", Value = 1000m });

        Assert.Equal(WaiverStatus.Draft, waiver.Status);
        Assert.Equal(1000m, waiver.Value);
    }

    [Fact]
    public void a_complete_draft_is_submitted()
    {
        var waiver = Draft();

        waiver.Submit(new DateOnly(2019, 10, 30), DecisionRules.Default);

        Assert.Equal(WaiverStatus.Submitted, waiver.Status);
        Assert.Equal(new DateOnly(2019, 10, 30), waiver.SubmittedOn);
        Assert.False(waiver.IsEditable);
    }

    [Fact]
    public void a_report_is_not_submitted_before_its_date()
    {
        var waiver = Draft();

        var ex = Assert.Throws<DomainException>(() => waiver.Submit(new DateOnly(2019, 10, 23), DecisionRules.Default));

        Assert.Equal("ReportDate", ex.Field);
        Assert.Equal("The report is dated 30 October 2019: it cannot be submitted before that date", ex.Message);
        Assert.Equal(WaiverStatus.Draft, waiver.Status);
    }

    [Fact]
    public void the_climate_emergency_and_the_legal_paragraphs_the_template_needs_are_required()
    {
        var waiver = Draft(Complete() with { ClimateEmergency = null, TransparencyAndAdvertising = null, ResourceImplications = null });

        var missing = waiver.MissingSections(DecisionRules.Default).Select(m => m.Field).ToList();

        Assert.Equal(["ResourceImplications", "ClimateEmergency", "TransparencyAndAdvertising"], missing);
    }

    [Fact]
    public void the_cost_breakdown_ombudsman_and_best_value_paragraphs_are_optional()
    {
        var waiver = Draft(Complete() with { CostBreakdown = null, ValueForMoney = null, OmbudsmanRisk = null, BestValue = null });

        Assert.Empty(waiver.MissingSections(DecisionRules.Default));
    }

    [Fact]
    public void an_incomplete_draft_lists_every_missing_section_and_is_not_submitted()
    {
        var waiver = new CprWaiver("Half-written", AuthorId, "Grace Okafor", Today);

        var missing = waiver.MissingSections(DecisionRules.Default);
        var ex = Assert.Throws<DomainException>(() => waiver.Submit(Today, DecisionRules.Default));

        Assert.Equal(WaiverStatus.Draft, waiver.Status);
        Assert.Contains(missing, m => m.Field == "Purpose" && m.Message == "Enter section 1, purpose of this report");
        Assert.Contains(missing, m => m.Field == "RiskManagement");
        Assert.Contains(missing, m => m.Field == "CrossBorderLocation");
        Assert.Contains(missing, m => m.Field == "RulesWaived");
        Assert.Contains(missing, m => m.Field == "Value");
        Assert.True(missing.Count >= 30, $"only {missing.Count} missing");
        Assert.Equal(missing[0].Field, ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public void the_value_must_be_positive_pounds_and_pence(double value)
    {
        var waiver = new CprWaiver("Bad value", AuthorId, "Grace Okafor", Today);

        var ex = Assert.Throws<DomainException>(() => waiver.UpdateDraft(new WaiverDraft { Subject = "Bad value", Value = (decimal)value }));

        Assert.Equal("Value", ex.Field);
    }

    [Fact]
    public void an_existing_provider_and_a_new_supplier_cannot_both_be_given()
    {
        var waiver = new CprWaiver("Both", AuthorId, "Grace Okafor", Today);

        Assert.Throws<DomainException>(() => waiver.UpdateDraft(Complete() with { ProviderId = 3 }));
    }

    [Fact]
    public void a_waiver_at_the_key_decision_threshold_must_be_a_key_decision()
    {
        var waiver = Draft(Complete(value: 500_000m) with { LegalReviewBy = "A Solicitor", LegalReviewOn = Today });

        var missing = waiver.MissingSections(DecisionRules.Default);

        Assert.Contains(missing, m => m.Field == "Kind" && m.Message.Contains("£500,000"));
    }
}
