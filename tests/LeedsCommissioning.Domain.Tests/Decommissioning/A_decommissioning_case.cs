using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Tests.Decommissioning;

/// <summary>
/// A case for change (domain.md section 5): what it must hold before it goes to the decision maker, the sign-off its
/// funding needs (NHS: Planning Implementation Group then Commissioning for Value Group; council: the decision route with
/// EIA and Executive Member briefing; joint: both), and the gate before the contract is decommissioned.
/// </summary>
public sealed class A_decommissioning_case
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly RenewalRules Rules = new();
    private static readonly string[] ExitTasks = ["Staff transfer under TUPE", "Service users' transfer"];
    private static readonly Decider Director = new("director", "Dana Director", true);

    private static (DecommissioningCase Case, Contract Contract) Started(params CommissioningOrganisationKind[] funders)
    {
        // A company leads; a charity partner: its notice is due by 30 September 2026 for an end on 31 March 2027.
        var contract = The_Compact_check.LiveContract(ProviderType.Company, ProviderType.RegisteredCharity, ProviderType.Company);
        var c = DecommissioningCase.Start(contract, funders, CommissioningOrganisationKind.CouncilDirectorate, ExitTasks, "commissioner", "Priya Shah",
            new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc));
        return (c, contract);
    }

    /// <summary>Everything a complete case needs, except the sign-offs.</summary>
    private static void Complete(DecommissioningCase c, Contract contract)
    {
        c.DescribeCase(CaseForChangeKind.Decommissioning, "Replaced by the integrated wellbeing service", "Referrals fell by half since 2024",
            new DateOnly(2027, 3, 31), null, contract);
        c.DescribeImpact(140, "Older people leaving hospital", "Open cases move to the integrated service with a named worker");
        c.RecordStakeholders(Enum.GetValues<Stakeholder>().Select(s => (s, (bool?)true, (DateOnly?)new DateOnly(2026, 10, 1), (string?)"Agreed")).ToList(), Today);
        c.AssessDimensions("Scored against the prioritisation framework: low impact on outcomes");
        c.RecordChecklist(Enum.GetValues<CaseCheck>().Select(k => (k, (string?)"Evidence", (string?)null, (string?)null)).ToList());
        c.LogEngagement(new DateOnly(2026, 10, 2), "Partner organisation's chief executive", "Understands and will support the transfer", Today);
        c.PlanExit([(1, "Priya Shah", "commissioner", new DateOnly(2027, 2, 1), null), (2, "Tom Bennett", null, new DateOnly(2027, 3, 1), null)], Today);
        var partner = c.CompactNotices.Single();
        c.RecordCompactNotices([(partner.ProviderId, new DateOnly(2026, 11, 20), "Letter", "The service closes with the building")], Today, Rules);
    }

    private static void CouncilSignOff(DecommissioningCase c) =>
        c.RecordSignOff(null, null, DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision, true, null, true, Today);

    [Fact]
    public void starting_sets_out_every_stakeholder_principle_perspective_exit_task_and_third_sector_organisation()
    {
        var (c, _) = Started(CommissioningOrganisationKind.CouncilDirectorate);

        Assert.Equal(8, c.Stakeholders.Count);
        Assert.Equal(10, c.Checklist.Count);
        Assert.Equal(["Staff transfer under TUPE", "Service users' transfer"], c.ExitTasks.Select(t => t.Name));
        Assert.Equal([("Partner organisation", ProviderRole.Partner)], c.CompactNotices.Select(n => (n.ProviderName, n.Role)));
        Assert.Equal(DecommissioningStatus.Draft, c.Status);
    }

    [Fact]
    public void a_new_case_lists_everything_it_lacks()
    {
        var (c, _) = Started(CommissioningOrganisationKind.CouncilDirectorate);

        var missing = c.MissingForSubmission(Today, Rules);

        Assert.Equal(1 + 1 + 8 + 1 + 10 + 1 + 2 + 3, missing.Count);
        Assert.Contains(missing, g => g.Message == "Needs of service users: give the evidence or the reason it does not apply");
        Assert.Contains(missing, g => g.Message == "Give “Staff transfer under TUPE” an owner and a due date");
    }

    [Fact]
    public void a_council_funded_case_needs_the_route_the_eia_and_the_executive_member_briefing_and_no_ccg_dates()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);

        Assert.Equal(
            ["Select the decision route and the kind of decision", "Record the equality impact assessment (EIA) screening", "Record that the Executive Member has been briefed"],
            c.MissingForSubmission(Today, Rules).Select(g => g.Message));
        CouncilSignOff(c);
        Assert.Empty(c.MissingForSubmission(Today, Rules));
    }

    [Fact]
    public void an_nhs_funded_case_needs_the_planning_implementation_group_then_the_commissioning_for_value_group()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.Nhs);
        Complete(c, contract);

        Assert.Equal(
            ["Record the Planning Implementation Group's approval", "Record the Commissioning for Value Group's sign-off", "Select the decision route and the kind of decision"],
            c.MissingForSubmission(Today, Rules).Select(g => g.Message));
        var outOfOrder = Assert.Throws<DomainException>(() =>
            c.RecordSignOff(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 3), DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision, null, null, null, Today));
        c.RecordSignOff(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 10), DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision, null, null, null, Today);

        Assert.Equal("The Commissioning for Value Group's sign-off must be on or after the Planning Implementation Group's approval", outOfOrder.Message);
        Assert.Empty(c.MissingForSubmission(Today, Rules));
        Assert.Null(c.Decision.EiaScreeningDone);
    }

    [Fact]
    public void a_joint_case_needs_both_routes()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate, CommissioningOrganisationKind.Nhs);
        Complete(c, contract);
        CouncilSignOff(c);

        Assert.Equal(
            ["Record the Planning Implementation Group's approval", "Record the Commissioning for Value Group's sign-off"],
            c.MissingForSubmission(Today, Rules).Select(g => g.Message));
        c.RecordSignOff(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 10), DecisionRoute.DelegatedDecision, DecisionKind.SignificantOperationalDecision, true, null, true, Today);
        Assert.Empty(c.MissingForSubmission(Today, Rules));
    }

    [Fact]
    public void a_partners_short_notice_without_a_reason_is_kept_but_stops_the_submission()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        CouncilSignOff(c);
        var partner = c.CompactNotices.Single();

        c.RecordCompactNotices([(partner.ProviderId, new DateOnly(2026, 11, 20), "Letter", null)], Today, Rules);
        var refused = Assert.Throws<DomainException>(() => c.Submit(Today, Rules));

        Assert.True(c.CompactChecks(Today, Rules).Single().IsShort);
        Assert.Equal(new DateOnly(2026, 11, 20), partner.GivenOn);
        Assert.Equal(["Partner organisation gets less than six months' notice: say why (the Compact for Leeds)"], refused.Errors.Select(e => e.Message));
        Assert.Equal(DecommissioningStatus.Draft, c.Status);
    }

    [Fact]
    public void notice_given_without_saying_how_is_refused()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        c.DescribeCase(CaseForChangeKind.Decommissioning, "Reason", "Evidence", new DateOnly(2027, 3, 31), null, contract);
        var partner = c.CompactNotices.Single();

        var refused = Assert.Throws<DomainException>(() => c.RecordCompactNotices([(partner.ProviderId, new DateOnly(2026, 11, 20), null, null)], Today, Rules));

        Assert.Equal("Partner organisation: Enter how notice was given", refused.Message);
        Assert.Equal("Notices[0].CompactHow", refused.Field);
    }

    [Fact]
    public void a_checklist_item_needs_evidence_or_a_reason_not_both()
    {
        var (c, _) = Started(CommissioningOrganisationKind.CouncilDirectorate);

        var error = Assert.Throws<DomainException>(() => c.RecordChecklist([(CaseCheck.PrimaryCareImpact, "GP letters", null, "No GP referrals")]));
        c.RecordChecklist([(CaseCheck.PrimaryCareImpact, null, null, "The service takes no GP referrals")]);

        Assert.Equal("Impact on primary care considered: give the evidence or the reason it does not apply, not both", error.Message);
        Assert.True(c.Checklist.Single(i => i.Check == CaseCheck.PrimaryCareImpact).IsMet);
    }

    [Fact]
    public void the_contract_is_decommissioned_only_once_the_decision_maker_approves_and_nothing_is_missing()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        var record = new ChangeRecord(new DateOnly(2027, 3, 31), "Decommissioned as approved", "commissioner", "Priya Shah", DateTime.UtcNow);

        var early = Assert.Throws<DomainException>(() => c.DecommissionContract(contract, record, Today, Rules));
        CouncilSignOff(c);
        c.Submit(Today, Rules);
        var undecided = Assert.Throws<DomainException>(() => c.DecommissionContract(contract, record, Today, Rules));
        c.Decide(Director, approve: true, "The evidence supports it", Today, DecisionRules.Default);
        var change = c.DecommissionContract(contract, record, Today, Rules);

        Assert.Contains(early.Errors, e => e.Message == "Record the equality impact assessment (EIA) screening");
        Assert.Equal(["The decision maker has not approved the case yet"], undecided.Errors.Select(e => e.Message));
        Assert.Equal(ContractStatus.Decommissioned, contract.Status);
        Assert.Equal("Contract decommissioned", change!.Description);
        Assert.Equal(DecommissioningStatus.Completed, c.Status);
    }

    [Fact]
    public void a_refused_case_cannot_decommission_the_contract()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        CouncilSignOff(c);
        c.Submit(Today, Rules);
        c.Decide(Director, approve: false, "Consult carers again", Today, DecisionRules.Default);

        var refused = Assert.Throws<DomainException>(() =>
            c.DecommissionContract(contract, new ChangeRecord(Today, "Anyway", null, "Priya Shah", DateTime.UtcNow), Today, Rules));

        Assert.Equal("The decision maker refused the case", refused.Message);
        Assert.Equal(ContractStatus.Live, contract.Status);
    }

    [Fact]
    public void notice_not_yet_recorded_stops_the_decommissioning_though_not_the_submission()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        var partner = c.CompactNotices.Single();
        c.RecordCompactNotices([(partner.ProviderId, null, null, "Told at the meeting; letter to follow")], Today, Rules);
        CouncilSignOff(c);

        Assert.Empty(c.MissingForSubmission(Today, Rules));
        Assert.Contains("Record when and how notice was given to Partner organisation", c.MissingForDecommissioning(Today, Rules).Select(g => g.Message));
    }

    [Fact]
    public void only_a_decision_maker_other_than_the_commissioner_decides()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        CouncilSignOff(c);
        c.Submit(Today, Rules);

        var notDirector = Assert.Throws<DomainException>(() => c.Decide(new Decider("x", "X", false), true, "Yes", Today, DecisionRules.Default));
        var own = Assert.Throws<DomainException>(() => c.Decide(new Decider("commissioner", "Priya Shah", true), true, "Yes", Today, DecisionRules.Default));

        Assert.Equal("Only a decision maker can approve or refuse a decommissioning case", notDirector.Message);
        Assert.Equal("You cannot decide a case you started", own.Message);
    }

    [Fact]
    public void a_submitted_case_can_no_longer_be_changed()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        CouncilSignOff(c);
        c.Submit(Today, Rules);

        var error = Assert.Throws<DomainException>(() => c.AssessDimensions("Changed"));

        Assert.Equal("This case has been submitted for a decision and can no longer be changed", error.Message);
    }

    [Fact]
    public void a_reduction_in_value_completes_only_once_the_contracts_value_has_been_changed()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        Complete(c, contract);
        c.DescribeCase(CaseForChangeKind.ReductionInValue, "Budget", "Outturn", new DateOnly(2027, 3, 31), 250_000m, contract);
        CouncilSignOff(c);
        c.Submit(Today, Rules);
        c.Decide(Director, approve: true, "Agreed", Today, DecisionRules.Default);
        var record = new ChangeRecord(new DateOnly(2027, 3, 31), "Reduced", null, "Priya Shah", DateTime.UtcNow);

        var error = Assert.Throws<DomainException>(() => c.DecommissionContract(contract, record, Today, Rules));
        contract.ChangeValue(250_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 250_000m)], record, DecisionRules.Default);
        c.DecommissionContract(contract, record, Today, Rules);

        Assert.Equal("Change the contract's annual value to £250,000 with “Change value and funding” first; it is £300,000", error.Message);
        Assert.Equal(ContractStatus.Live, contract.Status);
        Assert.Equal(DecommissioningStatus.Completed, c.Status);
    }

    [Fact]
    public void an_exit_task_past_due_and_not_done_is_overdue()
    {
        var (c, contract) = Started(CommissioningOrganisationKind.CouncilDirectorate);
        c.PlanExit([(1, "Priya Shah", "commissioner", new DateOnly(2026, 11, 25), null), (2, "Tom", null, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 19))], Today);

        Assert.Equal([true, false], c.ExitTasks.Select(t => t.IsOverdue(Today)));
    }
}
