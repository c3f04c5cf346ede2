using System.Reflection;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;

namespace LeedsCommissioning.Domain.Tests.Monitoring;

internal static class Plans
{
    /// <summary>A plan for contract 7 using the QMF with two measures (ids 101 and 102): people supported (total, higher better) and days waited (average, lower better).</summary>
    public static MonitoringPlan TwoMeasures(bool qmf = true)
    {
        var plan = new MonitoringPlan(7, qmf);
        SetId(plan.AddMeasure(OutcomeQuestion.HowMuch, "People supported", "people", 100m, MeasureDirection.HigherIsBetter, MeasureAggregation.Total), 101);
        SetId(plan.AddMeasure(OutcomeQuestion.HowWell, "Days waited for a first appointment", "days", 10m, MeasureDirection.LowerIsBetter, MeasureAggregation.Average), 102);
        return plan;
    }

    public static QuarterlyReturn OpenReturn(bool qmf = true) =>
        QuarterlyReturn.Open(TwoMeasures(qmf), [501], new FinancialQuarter(2026, 2), 30);

    public static void SetId(object entity, int id) =>
        entity.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);

    public static void Complete(QuarterlyReturn r) =>
        r.SaveDraft([new(101, 120m, "More referrals from GPs"), new(102, 8m, null)], [new(501, 2m, "Two apprentices")], r.Theme is null ? null : "We met our board twice.");
}

public sealed class A_financial_quarter
{
    [Theory]
    [InlineData(2026, 4, 1, 2026, 1)]
    [InlineData(2026, 6, 30, 2026, 1)]
    [InlineData(2026, 11, 26, 2026, 3)]
    [InlineData(2027, 1, 1, 2026, 4)]
    [InlineData(2027, 3, 31, 2026, 4)]
    public void runs_april_to_june_for_q1_and_january_to_march_for_q4_of_the_year_before(int y, int m, int d, int fy, int q) =>
        Assert.Equal(new FinancialQuarter(fy, q), FinancialQuarter.Of(new DateOnly(y, m, d)));

    [Fact]
    public void has_its_return_due_the_configured_number_of_days_after_its_last_day()
    {
        var q3 = new FinancialQuarter(2026, 3);
        Assert.Equal(new DateOnly(2026, 12, 31), q3.EndsOn);
        Assert.Equal(new DateOnly(2027, 1, 30), q3.DueOn(30));
        Assert.Equal("Q3 2026/27", q3.Label);
        Assert.Equal("October to December 2026", q3.Months);
    }

    [Fact]
    public void takes_the_qmf_themes_in_the_mps_order_one_a_quarter_from_well_led_in_q1_2026_27()
    {
        var quarter = new FinancialQuarter(2026, 1);
        var themes = Enumerable.Range(0, 6).Select(_ => { var t = quarter.Theme; quarter = quarter.Next; return t; }).ToList();
        Assert.Equal([QmfTheme.WellLed, QmfTheme.Performance, QmfTheme.Safe, QmfTheme.Effective, QmfTheme.ClientInvolvement, QmfTheme.WellLed], themes);
        Assert.Equal(QmfTheme.ClientInvolvement, new FinancialQuarter(2025, 4).Theme);
        Assert.Equal(QmfTheme.Effective, new FinancialQuarter(2025, 3).Theme);
    }
}

public sealed class A_measure_year_to_date
{
    [Fact]
    public void adds_up_a_count_against_the_quarterly_target_times_the_quarters_reported()
    {
        var p = MeasureProgress.YearToDateOf(MeasureAggregation.Total, MeasureDirection.HigherIsBetter, 100m, [90m, 120m, null]);
        Assert.Equal(2, p.QuartersReported);
        Assert.Equal(210m, p.YearToDate);
        Assert.Equal(200m, p.Target);
        Assert.True(p.OnTrack);
    }

    [Fact]
    public void is_off_track_when_a_total_falls_short_of_a_higher_is_better_target()
    {
        var p = MeasureProgress.YearToDateOf(MeasureAggregation.Total, MeasureDirection.HigherIsBetter, 100m, [90m, 100m]);
        Assert.False(p.OnTrack);
    }

    [Fact]
    public void averages_a_rate_and_is_on_track_at_or_below_a_lower_is_better_target()
    {
        var p = MeasureProgress.YearToDateOf(MeasureAggregation.Average, MeasureDirection.LowerIsBetter, 10m, [8m, 12m, 10m]);
        Assert.Equal(10m, p.YearToDate);
        Assert.Equal(10m, p.Target);
        Assert.True(p.OnTrack);
        Assert.False(MeasureProgress.YearToDateOf(MeasureAggregation.Average, MeasureDirection.LowerIsBetter, 10m, [11m]).OnTrack);
    }

    [Fact]
    public void gives_no_verdict_before_any_quarter_is_reported()
    {
        var p = MeasureProgress.YearToDateOf(MeasureAggregation.Total, MeasureDirection.HigherIsBetter, 100m, [null]);
        Assert.Null(p.YearToDate);
        Assert.Null(p.OnTrack);
    }
}

public sealed class A_monitoring_plan
{
    [Fact]
    public void refuses_a_measure_without_its_question_name_unit_target_and_direction_all_at_once()
    {
        var plan = new MonitoringPlan(7, false);
        var ex = Assert.Throws<DomainException>(() => plan.AddMeasure(null, " ", "", null, null, null));
        Assert.Equal(["Question", "Name", "Unit", "QuarterlyTarget", "Direction", "Aggregation"], ex.Errors.Select(e => e.Field));
        Assert.Empty(plan.Measures);
    }

    [Fact]
    public void keeps_a_measure_that_has_figures()
    {
        var plan = Plans.TwoMeasures();
        Assert.Throws<DomainException>(() => plan.RemoveMeasure(1, reported: true));
        plan.RemoveMeasure(2, reported: false);
        Assert.Equal([1], plan.Measures.Select(m => m.Number));
    }

    [Fact]
    public void carries_cquins_only_for_an_nhs_contract()
    {
        var plan = Plans.TwoMeasures();
        var ex = Assert.Throws<DomainException>(() => plan.SetCquins(false, [new("Flu vaccination of staff", null)]));
        Assert.Equal("Only contracts commissioned by the NHS carry CQUINs", ex.Message);
        plan.SetCquins(true, [new("Flu vaccination of staff", "80% of front-line staff"), new("", "")]);
        Assert.Single(plan.Cquins);
    }

    [Fact]
    public void has_a_steering_group_only_of_two_or_more_of_the_contracts_funders()
    {
        var plan = Plans.TwoMeasures();
        Assert.Throws<DomainException>(() => plan.SetSteeringGroup([1, 9], [1, 2]));
        Assert.Throws<DomainException>(() => plan.SetSteeringGroup([1], [1, 2]));
        plan.SetSteeringGroup([1, 2], [1, 2]);
        Assert.Equal(2, plan.SteeringGroup.Count);
    }

    [Fact]
    public void needs_a_named_and_rated_location_for_a_regulated_service()
    {
        var plan = Plans.TwoMeasures();
        var ex = Assert.Throws<DomainException>(() => plan.SetRegulation(true, [new("Ash Grove", null, null)]));
        Assert.Equal("Locations[0].Rating", ex.Field);
        plan.SetRegulation(true, [new("Ash Grove", CqcRating.Good, new DateOnly(2025, 5, 1))]);
        Assert.True(plan.IsRegulated);
        plan.SetRegulation(false, [new("Ash Grove", CqcRating.Good, null)]);
        Assert.Empty(plan.Locations);
    }
}

public sealed class A_quarterly_return
{
    private static readonly DateTime OnDueDayUk = new(2026, 10, 30, 22, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime DayAfterDue = new(2026, 10, 31, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void opens_with_a_line_per_measure_and_commitment_and_the_quarters_theme_when_the_plan_uses_the_qmf()
    {
        var r = Plans.OpenReturn();
        Assert.Equal(new DateOnly(2026, 10, 30), r.DueOn);
        Assert.Equal(QmfTheme.Performance, r.Theme);
        Assert.Equal([101, 102], r.Actuals.Select(a => a.OutcomeMeasureId));
        Assert.Equal([501], r.SocialValue.Select(s => s.ContractCommitmentId));
        Assert.Null(Plans.OpenReturn(qmf: false).Theme);
    }

    [Fact]
    public void cannot_be_submitted_without_every_figure_and_the_theme_reflection()
    {
        var r = Plans.OpenReturn();
        r.SaveDraft([new(101, 120m, null)], [], null);
        var ex = Assert.Throws<DomainException>(() => r.Submit("u1", "Priya Shah", OnDueDayUk));
        Assert.Equal(["Actuals[1].Value", "SocialValue[0].Quantity", "ThemeReflection"], ex.Errors.Select(e => e.Field));
        Assert.Equal(ReturnStatus.Draft, r.Status);
    }

    [Fact]
    public void is_judged_by_the_uk_date_of_submission()
    {
        // Q1 2026/27 ends 30 June; due 30 July, in British Summer Time.
        var onTime = QuarterlyReturn.Open(Plans.TwoMeasures(), [501], new FinancialQuarter(2026, 1), 30);
        Plans.Complete(onTime);
        onTime.Submit("u1", "Priya Shah", new DateTime(2026, 7, 30, 22, 30, 0, DateTimeKind.Utc)); // 11:30pm in the UK
        Assert.False(onTime.SubmittedLate);
        Assert.Equal(ReturnTiming.SubmittedOnTime, onTime.TimingOn(new DateOnly(2026, 11, 26), 7));

        var late = QuarterlyReturn.Open(Plans.TwoMeasures(), [501], new FinancialQuarter(2026, 1), 30);
        Plans.Complete(late);
        late.Submit("u1", "Priya Shah", new DateTime(2026, 7, 30, 23, 30, 0, DateTimeKind.Utc)); // 12:30am on 31 July in the UK
        Assert.True(late.SubmittedLate);
        Assert.Equal(new DateOnly(2026, 7, 31), late.SubmittedOn);
    }

    [Fact]
    public void is_late_when_submitted_after_the_due_date_and_cannot_then_be_changed()
    {
        var r = Plans.OpenReturn();
        Plans.Complete(r);
        r.Submit("u1", "Priya Shah", DayAfterDue);
        Assert.True(r.SubmittedLate);
        Assert.Equal(ReturnTiming.SubmittedLate, r.TimingOn(new DateOnly(2026, 11, 26), 7));
        Assert.Throws<DomainException>(() => r.SaveDraft([new(101, 1m, null)], [], null));
    }

    [Theory]
    [InlineData(2026, 10, 22, ReturnTiming.NotYetDue)]
    [InlineData(2026, 10, 23, ReturnTiming.DueSoon)]
    [InlineData(2026, 10, 30, ReturnTiming.DueSoon)]
    [InlineData(2026, 10, 31, ReturnTiming.Late)]
    public void is_due_soon_within_the_warning_days_and_late_the_day_after_its_due_date(int y, int m, int d, ReturnTiming expected) =>
        Assert.Equal(expected, Plans.OpenReturn().TimingOn(new DateOnly(y, m, d), 7));

    [Fact]
    public void refuses_a_negative_figure_and_a_measure_not_in_the_return()
    {
        var r = Plans.OpenReturn();
        var ex = Assert.Throws<DomainException>(() => r.SaveDraft([new(101, -1m, null), new(999, 3m, null)], [], null));
        Assert.Equal(["Actuals[0].Value", "Actuals[1].Value"], ex.Errors.Select(e => e.Field));
    }
}

public sealed class A_monitoring_review
{
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static QuarterlyReturn Submitted()
    {
        var r = Plans.OpenReturn();
        Plans.Complete(r);
        r.Submit("u1", "Priya Shah", Now.AddDays(-20));
        return r;
    }

    [Theory]
    [InlineData(Rag.Red)]
    [InlineData(Rag.Amber)]
    public void needs_a_reason_for_red_and_amber(Rag rating)
    {
        var r = Submitted();
        var ex = Assert.Throws<DomainException>(() => r.RecordReview("Good quarter", null, null, rating, " ", [], "c1", "Tom Bennett", Now));
        Assert.Equal("RatingReason", ex.Field);
        Assert.Equal($"Enter the reason for rating this quarter {rating.ToString().ToLowerInvariant()}", ex.Message);
        Assert.Equal(ReturnStatus.Submitted, r.Status);
    }

    [Fact]
    public void may_rate_green_without_a_reason_and_marks_the_return_reviewed()
    {
        var r = Submitted();
        r.RecordReview("Good quarter", "Peer mentors", null, Rag.Green, null, [], "c1", "Tom Bennett", Now);
        Assert.Equal(ReturnStatus.Reviewed, r.Status);
        Assert.Equal(Rag.Green, r.Review!.Rating);
        Assert.Null(r.Review.RatingReason);
        Assert.False(RagRules.ReasonRequired(Rag.Green));
    }

    [Fact]
    public void keeps_actions_with_owner_and_due_date_and_refuses_one_without_them()
    {
        var r = Submitted();
        var ex = Assert.Throws<DomainException>(() => r.RecordReview("f", null, null, Rag.Amber, "Waits rose", [new("Recovery plan", "", null, false)], "c1", "Tom Bennett", Now));
        Assert.Equal(["Actions[0].Owner", "Actions[0].DueOn"], ex.Errors.Select(e => e.Field));
        r.RecordReview("f", null, null, Rag.Amber, "Waits rose", [new("Recovery plan", "Service manager", new DateOnly(2027, 1, 15), false), new(null, null, null, false)], "c1", "Tom Bennett", Now);
        var action = Assert.Single(r.Review!.Actions);
        Assert.Equal("Service manager", action.Owner);
        Assert.False(action.IsOverdue(new DateOnly(2027, 1, 15)));
        Assert.True(action.IsOverdue(new DateOnly(2027, 1, 16)));
    }

    [Fact]
    public void cannot_be_made_of_a_draft()
    {
        var r = Plans.OpenReturn();
        Assert.Throws<DomainException>(() => r.RecordReview("f", null, null, Rag.Green, null, [], "c1", "Tom Bennett", Now));
    }
}

public sealed class Monitoring_evidence
{
    [Fact]
    public void needs_its_kind_a_past_date_a_summary_and_a_web_link_if_any()
    {
        var today = new DateOnly(2026, 11, 26);
        var ex = Assert.Throws<DomainException>(() => MonitoringEvidence.Record(7, null, today.AddDays(1), "", "healthwatch", "Tom", today, DateTime.UtcNow));
        Assert.Equal(["Kind", "ReceivedOn", "Summary", "Link"], ex.Errors.Select(e => e.Field));
        var e = MonitoringEvidence.Record(7, EvidenceKind.HealthwatchReport, today, "Enter and view visit", "https://healthwatchleeds.co.uk/reports/1", "Tom", today, DateTime.UtcNow);
        Assert.Equal(EvidenceKind.HealthwatchReport, e.Kind);
    }
}
