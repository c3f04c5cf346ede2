using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Domain.Tests.Waivers;

public sealed class Decision_kind_and_call_in
{
    [Fact]
    public void a_key_decision_is_open_for_call_in()
    {
        Assert.True(new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision).IsOpenForCallIn);
    }

    [Fact]
    public void a_significant_operational_decision_is_not_open_for_call_in()
    {
        Assert.False(new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision).IsOpenForCallIn);
    }

    [Fact]
    public void an_administrative_decision_is_not_open_for_call_in()
    {
        Assert.False(new DecisionRecord("t", "Director", DecisionRoute.AdministrativeDecision, DecisionKind.Administrative).IsOpenForCallIn);
    }

    [Fact]
    public void a_key_decision_published_on_a_wednesday_can_be_called_in_until_the_next_wednesday()
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision);

        record.RecordOutcome(DecisionOutcome.Approved, new DateOnly(2019, 10, 30), "ok", "d", "Helen Carter", DecisionRules.Default);

        Assert.Equal(new DateOnly(2019, 11, 6), record.CallInEndsOn);
    }

    [Fact]
    public void a_significant_operational_decision_has_no_call_in_period()
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision);

        record.RecordOutcome(DecisionOutcome.Approved, new DateOnly(2019, 10, 30), "ok", "d", "Helen Carter", DecisionRules.Default);

        Assert.Null(record.CallInEndsOn);
        Assert.Equal(new DateOnly(2019, 10, 30), record.PublishedOn);
    }

    [Theory]
    [InlineData("2026-11-27", 5, "2026-12-04")] // Friday → following Friday
    [InlineData("2026-11-28", 5, "2026-12-04")] // Saturday → Friday (the weekend does not count)
    [InlineData("2026-11-23", 5, "2026-11-30")] // Monday → next Monday
    [InlineData("2026-11-26", 1, "2026-11-27")] // Thursday + 1 → Friday
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday + 1 → Monday
    public void the_call_in_period_skips_weekends(string published, int days, string ends)
    {
        var rules = new DecisionRules { CallInWorkingDays = days };
        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(D(ends), rules.CallInEndsOn(D(published)));
    }

    [Fact]
    public void a_decision_once_taken_cannot_be_redescribed()
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision);
        record.RecordOutcome(DecisionOutcome.Refused, new DateOnly(2026, 11, 26), "no", "d", "Helen Carter", DecisionRules.Default);

        Assert.Throws<DomainException>(() => record.Describe("t", "Director", DecisionRoute.ExecutiveBoard, DecisionKind.KeyDecision,
            true, null, true, [], false, null, null));
    }

    [Fact]
    public void confidential_information_needs_the_access_to_information_rule()
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision);
        record.Describe("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision, true, null, true, ["Armley"], true, null, null);

        Assert.Contains(record.MissingAnswers(), a => a.Field == nameof(DecisionRecord.AccessToInformationRule));
        Assert.Equal(["Armley"], record.WardsAffected);
    }
}
