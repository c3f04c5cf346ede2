using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;

namespace LeedsCommissioning.Domain.Tests.Renewals;

public sealed class Recording_a_renewal_plan
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static RenewalDecision Extend(string? evidence) =>
        new(RenewalIntention.Extend, null, "user-1", "Priya Shah", evidence, null, new DateOnly(2026, 11, 20));

    [Fact]
    public void an_extension_without_evidence_of_quality_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => new RenewalPlan(1, Extend("  "), Today, Now));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(nameof(RenewalPlan.Evidence), error.Field);
        Assert.Contains("high quality and delivering the requirements of the contract", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void an_extension_with_evidence_takes_the_extension_route_when_none_is_chosen()
    {
        var plan = new RenewalPlan(1, Extend("QMF reviews rated Good in all five themes for 2025-26."), Today, Now);

        Assert.Equal(RenewalRoute.Extension, plan.Route);
        Assert.Equal("Priya Shah", plan.OwnerName);
        Assert.Equal("user-1", plan.OwnerUserId);
        Assert.Equal(Now, plan.ChangedAtUtc);
    }

    [Fact]
    public void every_problem_is_reported_at_once_with_its_field()
    {
        var decision = new RenewalDecision(RenewalIntention.Recommission, RenewalRoute.Extension, null, " ", null, -5m, Today.AddDays(1));

        var ex = Assert.Throws<DomainException>(() => new RenewalPlan(1, decision, Today, Now));

        Assert.Equal(["Route", "Owner", "EstimatedValue", "AgreedOn"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void a_decided_intention_needs_the_date_it_was_agreed_but_undecided_does_not()
    {
        var ex = Assert.Throws<DomainException>(() =>
            new RenewalPlan(1, new RenewalDecision(RenewalIntention.LetExpire, null, null, "Tom Bennett", null, null, null), Today, Now));
        Assert.Equal("AgreedOn", Assert.Single(ex.Errors).Field);

        var undecided = new RenewalPlan(1, new RenewalDecision(RenewalIntention.Undecided, null, null, "Tom Bennett", null, null, null), Today, Now);
        Assert.Equal(RenewalRoute.OpenTender, undecided.Route);
        Assert.Null(undecided.OwnerUserId);
    }

    [Fact]
    public void changing_the_intention_keeps_the_rules()
    {
        var plan = new RenewalPlan(1, new RenewalDecision(RenewalIntention.Undecided, null, null, "Tom Bennett", null, null, null), Today, Now);

        Assert.Throws<DomainException>(() => plan.Record(Extend(null), Today, Now));
        Assert.Equal(RenewalIntention.Undecided, plan.Intention);

        plan.Record(new RenewalDecision(RenewalIntention.Recommission, RenewalRoute.Framework, "user-2", "Tom Bennett", "Market engagement done.", 2_400_000m, Today), Today, Now.AddHours(1));
        Assert.Equal(RenewalRoute.Framework, plan.Route);
        Assert.Equal(2_400_000m, plan.EstimatedValue);
    }

    [Theory]
    [InlineData(null, -1, true)]
    [InlineData(RenewalIntention.Undecided, -1, true)]
    [InlineData(RenewalIntention.Undecided, 0, false)]
    [InlineData(RenewalIntention.Recommission, -30, false)]
    [InlineData(null, 10, false)]
    public void a_decision_is_overdue_only_when_its_due_date_has_passed_undecided(RenewalIntention? intention, int dueInDays, bool overdue)
    {
        Assert.Equal(overdue, RenewalPlan.IsOverdue(Today.AddDays(dueInDays), intention, Today));
    }

    [Fact]
    public void the_pipeline_notice_threshold_is_the_latest_dated_figure()
    {
        var rules = new RenewalRules();
        Assert.Equal(2_000_000m, rules.PipelineNoticeThresholdOn(Today));
        Assert.Null(rules.PipelineNoticeThresholdOn(new DateOnly(2025, 2, 23)));

        rules.PipelineNoticeThresholds = [new(new DateOnly(2025, 2, 24), 2_000_000m), new(new DateOnly(2028, 1, 1), 2_100_000m)];
        Assert.Equal(2_000_000m, rules.PipelineNoticeThresholdOn(new DateOnly(2027, 12, 31)));
        Assert.Equal(2_100_000m, rules.PipelineNoticeThresholdOn(new DateOnly(2028, 1, 1)));
    }
}

public sealed class Keeping_a_forward_plan_intention
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static ForwardPlanDetails Youth(string? service = "Youth work services") => new(
        3, Reference.ServiceArea.UniversalPreventionAndEarlyIntervention, ForwardPlanBand.ShortTerm, service,
        "Tenders will be undertaken throughout 2019 for six new contracts to start April 2020.", "Throughout 2019", "April 2020",
        "4+2 years", "Open procurement", true, true, "Voluntary Action Leeds are offering support to form consortia", null);

    [Fact]
    public void a_new_intention_is_not_published_until_a_commissioner_publishes_it()
    {
        var intention = new ForwardPlanIntention(Youth(), Now);
        Assert.False(intention.IsPublished);

        intention.Publish(Now);
        Assert.True(intention.IsPublished);
        Assert.Throws<DomainException>(() => intention.Publish(Now));

        intention.Unpublish(Now);
        Assert.False(intention.IsPublished);
        Assert.Null(intention.PublishedAtUtc);
    }

    [Fact]
    public void an_intention_needs_its_service_and_words()
    {
        var ex = Assert.Throws<DomainException>(() => new ForwardPlanIntention(Youth(service: "") with { Description = null, CommissioningOrganisationId = 0 }, Now));

        Assert.Equal(["CommissioningOrganisationId", "Service", "Description"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void the_bands_are_named_in_the_market_position_statements_words()
    {
        Assert.Equal("Short term commissioning opportunities (next 12-18 months)", ForwardPlanBand.ShortTerm.ToDisplayName());
        Assert.Equal("Longer term commissioning opportunities (next 2-5 years)", ForwardPlanBand.LongerTerm.ToDisplayName());
    }
}
