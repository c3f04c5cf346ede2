using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using static LeedsCommissioning.Domain.Tests.Waivers.WaiverExamples;

namespace LeedsCommissioning.Domain.Tests.Waivers;

/// <summary>
/// The route and the kind of every decision record are checked together (domain.md section 1; docs/domain.md
/// "Decision routes and kinds"), and a CPR waiver is never an administrative decision (Waiver report 4.5.2).
/// Every combination is written out here, not derived from the rule.
/// </summary>
public sealed class Decisions_route_and_kind
{
    [Theory]
    [InlineData(DecisionRoute.ExecutiveBoard, DecisionKind.KeyDecision)]
    [InlineData(DecisionRoute.ExecutiveBoard, DecisionKind.SignificantOperationalDecision)]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision)]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision)]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.Administrative)]
    public void a_record_is_made_for_a_route_that_takes_its_kind(DecisionRoute route, DecisionKind kind)
    {
        var record = new DecisionRecord("t", "Director of Adults and Health", route, kind);

        Assert.Equal(route, record.Route);
        Assert.Equal(kind, record.Kind);
    }

    [Theory]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.KeyDecision, "Route")]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.SignificantOperationalDecision, "Route")]
    [InlineData(DecisionRoute.ExecutiveBoard, DecisionKind.Administrative, "Kind")]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.Administrative, "Kind")]
    public void a_record_is_refused_for_a_route_that_does_not_take_its_kind(DecisionRoute route, DecisionKind kind, string field)
    {
        var ex = Assert.Throws<DomainException>(() => new DecisionRecord("t", "Director of Adults and Health", route, kind));

        Assert.Equal(field, ex.Field);
    }

    [Theory]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.SignificantOperationalDecision)]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.Administrative)]
    public void redescribing_a_record_checks_the_pair_again(DecisionRoute route, DecisionKind kind)
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision);

        Assert.Throws<DomainException>(() => record.Describe("t", "Director", route, kind, true, null, true, [], false, null, null));
        Assert.Equal(DecisionRoute.DelegatedDecision, record.Route);
        Assert.Equal(DecisionKind.SignificantOperationalDecision, record.Kind);
    }

    [Fact]
    public void a_draft_record_may_leave_route_and_kind_unanswered_but_lists_them_as_missing()
    {
        var record = new DecisionRecord("t", "Director", route: null, kind: null);

        var missing = record.MissingAnswers().Select(a => a.Field).ToList();

        Assert.Contains("Route", missing);
        Assert.Contains("Kind", missing);
        Assert.False(record.IsOpenForCallIn);
    }

    [Fact]
    public void an_outcome_needs_a_route_and_a_kind()
    {
        var record = new DecisionRecord("t", "Director", DecisionRoute.DelegatedDecision, kind: null);

        Assert.Throws<DomainException>(() =>
            record.RecordOutcome(DecisionOutcome.Approved, new DateOnly(2019, 10, 30), "ok", "d", "Helen Carter", DecisionRules.Default));
    }

    [Theory]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.Administrative, "Kind")]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.Administrative, "Kind")]
    [InlineData(DecisionRoute.AdministrativeDecision, DecisionKind.SignificantOperationalDecision, "Route")]
    public void a_waiver_is_never_an_administrative_decision(DecisionRoute route, DecisionKind kind, string field)
    {
        var waiver = new CprWaiver("Art of Commissioning", AuthorId, "Grace Okafor", Today);

        var ex = Assert.Throws<DomainException>(() => waiver.UpdateDraft(Complete() with { Route = route, Kind = kind }));

        Assert.Equal(field, ex.Field);
        Assert.Null(waiver.Decision.Kind);
    }

    [Theory]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision)]
    [InlineData(DecisionRoute.ExecutiveBoard, DecisionKind.KeyDecision)]
    [InlineData(DecisionRoute.DelegatedDecision, DecisionKind.KeyDecision)]
    [InlineData(DecisionRoute.ExecutiveBoard, DecisionKind.SignificantOperationalDecision)]
    public void a_waiver_is_a_significant_operational_or_key_decision_by_either_route(DecisionRoute route, DecisionKind kind)
    {
        var waiver = Draft(Complete() with { Route = route, Kind = kind });

        Assert.Equal(kind, waiver.Decision.Kind);
        Assert.Equal(route, waiver.Decision.Route);
    }

    [Fact]
    public void a_new_waiver_has_no_route_or_kind_until_the_author_gives_them()
    {
        var waiver = new CprWaiver("Art of Commissioning", AuthorId, "Grace Okafor", Today);

        Assert.Null(waiver.Decision.Route);
        Assert.Null(waiver.Decision.Kind);
        Assert.Contains(waiver.MissingSections(DecisionRules.Default), m => m.Field == "Kind" && m.Message == "Select the kind of decision");
    }

    [Theory]
    [InlineData(new[] { "8.1", "8.2" }, null, "CPRs 8.1 (requirement of competition) and 8.2 (invitation of a minimum of three written tenders)")]
    [InlineData(new[] { "8.1" }, null, "CPR 8.1 (requirement of competition)")]
    [InlineData(new[] { "8.2" }, "9.1", "CPRs 8.2 (invitation of a minimum of three written tenders) and 9.1")]
    public void the_rules_waived_are_printed_with_the_templates_descriptions(string[] rules, string? others, string printed)
    {
        Assert.Equal(printed, ContractProcedureRules.Printed(rules, others));
    }
}
