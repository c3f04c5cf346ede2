using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Domain.Tests.Contracts;

/// <summary>
/// Issue 19: a change of value, funding, term or status is recorded with its effective date and reason, and with
/// the figures before and after, for the Procurement Act contract change notice UK10 (domain.md section 9).
/// </summary>
public sealed class Changing_a_contract_as_a_recorded_change
{
    private static readonly DateTime At = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    private static ChangeRecord Because(string? reason, DateOnly effective) => new(effective, reason, "user-1", "Priya Shah", At);

    /// <summary>£120,000 a year, 1 April 2025 to 31 March 2028, live, funded by LCC alone.</summary>
    private static Contract LiveContract()
    {
        var contract = A.Contract(120_000m, new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31));
        contract.SetFunding([FundingLine.FromOrganisation(1, FundingStream.LccBudget, 120_000m)]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.Advance(step);
        }

        return contract;
    }

    [Fact]
    public void a_value_change_is_recorded_with_its_date_reason_who_and_the_values_before_and_after()
    {
        var contract = LiveContract();

        var change = contract.ChangeValue(150_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 120_000m), FundingLine.FromOrganisation(2, FundingStream.CcgBudget, 30_000m)],
            Because("More people referred since the hospital discharge pilot", new DateOnly(2026, 4, 1)), DecisionRules.Default);

        Assert.Same(change, Assert.Single(contract.Changes));
        Assert.Equal(ContractChangeKind.Value, change.Kind);
        Assert.Equal("Annual value changed from £120,000 to £150,000", change.Description);
        Assert.Equal("More people referred since the hospital discharge pilot", change.Reason);
        Assert.Equal(new DateOnly(2026, 4, 1), change.EffectiveDate);
        Assert.Equal((120_000m, 150_000m), (change.AnnualValueBefore, change.AnnualValueAfter));
        Assert.Equal((360_000m, 420_000m), (change.WholeLifeValueBefore, change.WholeLifeValueAfter));
        Assert.Equal((new DateOnly(2028, 3, 31), new DateOnly(2028, 3, 31)), (change.EndDateBefore, change.EndDateAfter));
        Assert.Equal(("user-1", "Priya Shah", At), (change.RecordedByUserId, change.RecordedByName, change.RecordedAtUtc));
        Assert.Equal(150_000m, contract.AnnualValue);
    }

    [Fact]
    public void the_whole_life_value_counts_the_old_value_before_the_effective_date_and_the_new_value_from_it()
    {
        var contract = LiveContract();

        contract.ChangeValue(150_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 150_000m)],
            Because("Extra sessions", new DateOnly(2026, 4, 1)), DecisionRules.Default);

        // 12 months at £120,000, then 24 months at £150,000: the first year is not rewritten.
        Assert.Equal(420_000m, contract.WholeLifeValue);
        contract.AddExtension(12, new DateOnly(2027, 9, 30));
        Assert.Equal(570_000m, contract.MaximumWholeLifeValue);
    }

    [Fact]
    public void a_value_change_from_the_start_date_revalues_the_whole_term()
    {
        var contract = LiveContract();

        contract.ChangeValue(150_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 150_000m)],
            Because("Agreed before the service began", new DateOnly(2025, 4, 1)), DecisionRules.Default);

        Assert.Equal(450_000m, contract.WholeLifeValue);
    }

    [Fact]
    public void funding_that_does_not_add_up_to_the_new_value_is_refused_saying_what_it_adds_up_to_and_what_it_must()
    {
        var contract = LiveContract();

        var error = Assert.Throws<DomainException>(() => contract.ChangeValue(150_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 120_000m)], Because("Extra sessions", new DateOnly(2026, 4, 1)), DecisionRules.Default));

        Assert.Equal("The funding adds up to £120,000 (80%); it must add up to £150,000 (100%)", error.Message);
        Assert.Equal(nameof(Contract.Funding), error.Field);
        Assert.Equal(120_000m, contract.AnnualValue);
        Assert.Empty(contract.Changes);
    }

    [Theory]
    [InlineData(149_999.99, "The funding adds up to £149,999.99 (99.99%); it must add up to £150,000 (100%)")]
    [InlineData(150_000.01, "The funding adds up to £150,000.01 (100.01%); it must add up to £150,000 (100%)")]
    [InlineData(50_000, "The funding adds up to £50,000 (33.33%); it must add up to £150,000 (100%)")]
    public void the_funding_message_never_rounds_a_shortfall_to_100_percent(decimal total, string message) =>
        Assert.Equal(message, FundingRule.Message(total, 150_000m));

    [Fact]
    public void a_change_of_funding_alone_is_recorded_as_a_funding_change()
    {
        var contract = LiveContract();

        var change = contract.ChangeValue(120_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 100_000m), FundingLine.FromOrganisation(2, FundingStream.CcgBudget, 20_000m)],
            Because("The NHS now pays for the clinical sessions", new DateOnly(2026, 4, 1)), DecisionRules.Default);

        Assert.Equal(ContractChangeKind.Funding, change.Kind);
        Assert.Equal("Funding contributions changed; the annual value stays £120,000", change.Description);
        Assert.Equal(360_000m, contract.WholeLifeValue);
    }

    [Fact]
    public void a_change_without_a_reason_is_refused()
    {
        var contract = LiveContract();

        var error = Assert.Throws<DomainException>(() => contract.ChangeValue(150_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 150_000m)], Because("  ", new DateOnly(2026, 4, 1)), DecisionRules.Default));

        Assert.Equal(("Enter the reason for the change", "Reason"), (error.Message, error.Field));
        Assert.Equal(120_000m, contract.AnnualValue);
    }

    [Fact]
    public void a_value_change_effective_outside_the_term_is_refused()
    {
        var contract = LiveContract();

        var error = Assert.Throws<DomainException>(() => contract.ChangeValue(150_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 150_000m)], Because("Extra sessions", new DateOnly(2028, 4, 1)), DecisionRules.Default));

        Assert.Equal("The date the change takes effect must be between the start date, 1 April 2025, and the end date, 31 March 2028", error.Message);
        Assert.Equal("EffectiveDate", error.Field);
    }

    [Fact]
    public void saving_the_same_value_and_funding_records_nothing()
    {
        var contract = LiveContract();

        Assert.Throws<DomainException>(() => contract.ChangeValue(120_000m,
            [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 120_000m)], Because("No change", new DateOnly(2026, 4, 1)), DecisionRules.Default));
        Assert.Empty(contract.Changes);
    }

    [Fact]
    public void a_term_change_records_the_term_before_and_after()
    {
        var contract = LiveContract();

        var change = contract.ChangeTerm(new DateOnly(2025, 4, 1), new DateOnly(2028, 9, 30), [], (12, new DateOnly(2028, 3, 31)),
            Because("Six months more to align with the NHS contract", new DateOnly(2026, 12, 1)));

        Assert.Equal(ContractChangeKind.Term, change.Kind);
        Assert.Equal((new DateOnly(2028, 3, 31), new DateOnly(2028, 9, 30)), (change.EndDateBefore, change.EndDateAfter));
        Assert.Equal((new DateOnly(2028, 3, 31), new DateOnly(2029, 9, 30)), (change.MaximumEndDateBefore, change.MaximumEndDateAfter));
        Assert.Equal((360_000m, 420_000m), (change.WholeLifeValueBefore, change.WholeLifeValueAfter));
        Assert.Equal(
            "Term changed from 1 April 2025 to 31 March 2028, to 1 April 2025 to 30 September 2028; Pending extensions changed from none to 12 months",
            change.Description);
    }

    [Fact]
    public void ending_a_contract_records_the_status_before_and_after_with_the_reason()
    {
        var contract = LiveContract();

        var change = contract.End(ContractStatus.Ending, Because("Service redesign: replaced by the integrated wellbeing service", new DateOnly(2027, 3, 31)));

        Assert.Equal(ContractStatus.Ending, contract.Status);
        Assert.Equal(ContractChangeKind.Ending, change.Kind);
        Assert.Equal("Contract marked as ending", change.Description);
        Assert.Equal((ContractStatus.Live, ContractStatus.Ending), (change.StatusBefore, change.StatusAfter));
    }

    [Fact]
    public void a_contract_is_not_decommissioned_by_ending_it()
    {
        var contract = LiveContract();

        var error = Assert.Throws<DomainException>(() => contract.End(ContractStatus.Decommissioned, Because("Redesign", new DateOnly(2027, 3, 31))));

        Assert.Equal("A contract is decommissioned through its decommissioning case, once the decision is approved", error.Message);
        Assert.Equal(ContractStatus.Live, contract.Status);
    }

    [Theory]
    [InlineData(ContractStatus.Ending)]
    [InlineData(ContractStatus.Ended)]
    [InlineData(ContractStatus.Decommissioned)]
    public void ending_statuses_cannot_be_reached_without_a_reason(ContractStatus outcome)
    {
        var contract = A.ContractIn(ContractStatus.Ending == outcome ? ContractStatus.Live : ContractStatus.Ending);

        var error = Assert.Throws<DomainException>(() => contract.Advance(outcome));

        Assert.Equal("To end or decommission a contract, use “End this contract”, which asks for the reason", error.Message);
    }

    [Fact]
    public void an_ending_the_lifecycle_does_not_allow_is_refused()
    {
        var contract = LiveContract();

        var error = Assert.Throws<DomainException>(() => contract.End(ContractStatus.Ended, Because("Reached its end", new DateOnly(2028, 3, 31))));

        Assert.Equal("A contract that is live cannot become ended", error.Message);
        Assert.Equal(ContractStatus.Live, contract.Status);
    }
}
