using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Tests.Contracts;

namespace LeedsCommissioning.Domain.Tests.Decommissioning;

/// <summary>
/// The Compact for Leeds (domain.md section 5): six months' notice to every third-sector organisation on the contract
/// (lead, partner or subcontractor) whose funding ends or falls, for endings, decommissioning, declined extensions, early
/// termination and reductions in value. Today is 26 November 2026; the contract runs to 31 March 2028.
/// </summary>
public sealed class The_Compact_check
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly RenewalRules Rules = new();

    /// <summary>A live contract worth £300,000 a year to 31 March 2028, with the lead, partner and subcontractor given.</summary>
    internal static Contract LiveContract(ProviderType lead, ProviderType partner, ProviderType subcontractor)
    {
        var contract = A.Contract(300_000m, new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31));
        contract.SetFunding([FundingLine.FromOrganisation(1, FundingStream.LccBudget, 300_000m)]);
        contract.SetProviders(
        [
            new ContractProviderLine(A.Provider("Lead organisation", type: lead), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Partner organisation", type: partner), ProviderRole.Partner, 80_000m),
            new ContractProviderLine(A.Provider("Subcontractor organisation", type: subcontractor), ProviderRole.Subcontractor, 20_000m),
        ]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.Advance(step);
        }

        contract.AddExtension(12, new DateOnly(2026, 12, 31));
        return contract;
    }

    private static ChangeRecord On(DateOnly date) => new(date, "Service redesign", "u1", "Priya Shah", new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc));

    public static TheoryData<ProviderRole> Positions => [ProviderRole.Lead, ProviderRole.Partner, ProviderRole.Subcontractor];

    private static Contract OnlyThirdSectorAt(ProviderRole role) => LiveContract(
        role == ProviderRole.Lead ? ProviderType.RegisteredCharity : ProviderType.Company,
        role == ProviderRole.Partner ? ProviderType.CommunityInterestCompany : ProviderType.Company,
        role == ProviderRole.Subcontractor ? ProviderType.RegisteredCharity : ProviderType.Company);

    [Fact]
    public void notice_given_on_the_last_day_is_enough_and_a_day_later_is_short()
    {
        var onTime = CompactCheck.Check(1, "Age UK Leeds", ProviderRole.Partner, new DateOnly(2027, 6, 30), new DateOnly(2026, 12, 30), "Letter", Today, Rules);
        var late = CompactCheck.Check(1, "Age UK Leeds", ProviderRole.Partner, new DateOnly(2027, 6, 30), new DateOnly(2026, 12, 31), "Letter", Today, Rules);

        Assert.Equal(new DateOnly(2026, 12, 30), onTime.NoticeBy);
        Assert.False(onTime.IsShort);
        Assert.True(late.IsShort);
    }

    [Fact]
    public void notice_not_yet_given_is_short_only_once_the_notice_by_day_has_passed()
    {
        var stillInTime = CompactCheck.Check(1, "Age UK Leeds", ProviderRole.Partner, new DateOnly(2027, 5, 26), null, null, Today, Rules);
        var tooLate = CompactCheck.Check(1, "Age UK Leeds", ProviderRole.Partner, new DateOnly(2027, 5, 25), null, null, Today, Rules);

        Assert.False(stillInTime.IsShort);
        Assert.True(tooLate.IsShort);
        Assert.True(tooLate.NotYetGiven);
    }

    [Fact]
    public void the_months_come_from_the_rules()
    {
        var check = CompactCheck.Check(1, "Age UK Leeds", ProviderRole.Lead, new DateOnly(2027, 8, 31), null, null, Today, new RenewalRules { CompactNoticeMonths = 3 });

        Assert.Equal(new DateOnly(2027, 5, 31), check.NoticeBy);
    }

    [Theory]
    [MemberData(nameof(Positions))]
    public void an_early_termination_needs_a_reason_for_short_notice_whatever_the_organisations_position(ProviderRole position)
    {
        var contract = OnlyThirdSectorAt(position);
        var notice = new CompactNotice(new DateOnly(2026, 11, 20), "Letter", null);

        var error = Assert.Throws<DomainException>(() => contract.End(ContractStatus.Ending, On(new DateOnly(2027, 1, 31)), new CompactContext(notice, Today, Rules)));

        var name = position switch { ProviderRole.Lead => "Lead", ProviderRole.Partner => "Partner", _ => "Subcontractor" } + " organisation";
        Assert.Equal($"Enter why {name} gets less than six months' notice (the Compact for Leeds)", error.Message);
        Assert.Equal(CompactCheck.ReasonField, error.Field);
        Assert.Equal(ContractStatus.Live, contract.Status);
    }

    [Theory]
    [MemberData(nameof(Positions))]
    public void with_the_reason_the_ending_keeps_the_notice_on_its_recorded_change(ProviderRole position)
    {
        var contract = OnlyThirdSectorAt(position);
        var notice = new CompactNotice(new DateOnly(2026, 11, 20), "Letter", "The building closes");

        var change = contract.End(ContractStatus.Ending, On(new DateOnly(2027, 1, 31)), new CompactContext(notice, Today, Rules));

        Assert.Equal((new DateOnly(2026, 11, 20), "Letter", "The building closes"), (change.CompactNoticeGivenOn, change.CompactNoticeHow, change.CompactShortNoticeReason));
    }

    [Fact]
    public void an_ending_with_no_third_sector_organisation_asks_nothing()
    {
        var contract = LiveContract(ProviderType.Company, ProviderType.Company, ProviderType.PublicBody);

        var change = contract.End(ContractStatus.Ending, On(new DateOnly(2027, 1, 31)), new CompactContext(CompactNotice.None, Today, Rules));

        Assert.Empty(CompactCheck.Affected(contract, FundingChangeKind.Ending));
        Assert.Null(change.CompactNoticeGivenOn);
        Assert.False(contract.HasThirdSectorProvider);
    }

    [Fact]
    public void an_ending_with_six_months_notice_needs_no_reason_and_keeps_none()
    {
        var contract = OnlyThirdSectorAt(ProviderRole.Partner);
        var notice = new CompactNotice(new DateOnly(2026, 9, 30), "Meeting and letter", "Not needed");

        var change = contract.End(ContractStatus.Ending, On(new DateOnly(2027, 3, 31)), new CompactContext(notice, Today, Rules));

        Assert.Equal(new DateOnly(2026, 9, 30), change.CompactNoticeGivenOn);
        Assert.Null(change.CompactShortNoticeReason);
    }

    [Theory]
    [MemberData(nameof(Positions))]
    public void a_declined_extension_ends_the_funding_on_the_current_end_so_short_notice_needs_a_reason(ProviderRole position)
    {
        var contract = OnlyThirdSectorAt(position);

        var error = Assert.Throws<DomainException>(() => contract.DeclineExtension(1, Today, new CompactContext(CompactNotice.None, Today, Rules)));
        contract.DeclineExtension(1, Today, new CompactContext(new CompactNotice(null, null, "Funding ends with the grant programme"), Today, Rules));

        Assert.Equal(CompactCheck.ReasonField, error.Field);
        Assert.Equal(ExtensionStatus.Declined, contract.Extensions[0].Status);
        Assert.Equal("Funding ends with the grant programme", contract.Extensions[0].CompactShortNoticeReason);
    }

    [Fact]
    public void a_reduction_in_value_lowers_only_the_leads_share_so_a_third_sector_lead_is_asked()
    {
        var contract = OnlyThirdSectorAt(ProviderRole.Lead);
        var funding = new[] { FundingLine.FromOrganisation(1, FundingStream.LccBudget, 250_000m) };

        var error = Assert.Throws<DomainException>(() => contract.ChangeValue(250_000m, funding, On(new DateOnly(2027, 1, 1)), DecisionRules.Default, new CompactContext(CompactNotice.None, Today, Rules)));
        var change = contract.ChangeValue(250_000m, funding, On(new DateOnly(2027, 1, 1)), DecisionRules.Default,
            new CompactContext(new CompactNotice(new DateOnly(2026, 11, 25), "Letter", "Budget cut agreed in year"), Today, Rules));

        Assert.Equal("Enter why Lead organisation gets less than six months' notice (the Compact for Leeds)", error.Message);
        Assert.Equal("Budget cut agreed in year", change.CompactShortNoticeReason);
    }

    [Theory]
    [InlineData(ProviderRole.Partner)]
    [InlineData(ProviderRole.Subcontractor)]
    public void a_reduction_in_value_keeps_partners_and_subcontractors_shares_so_they_are_not_asked(ProviderRole position)
    {
        var contract = OnlyThirdSectorAt(position);

        var change = contract.ChangeValue(250_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 250_000m)], On(new DateOnly(2027, 1, 1)), DecisionRules.Default,
            new CompactContext(CompactNotice.None, Today, Rules));

        Assert.Empty(CompactCheck.Affected(contract, FundingChangeKind.Reduction));
        Assert.Null(change.CompactShortNoticeReason);
        Assert.Single(CompactCheck.Affected(contract, FundingChangeKind.Ending));
    }

    [Fact]
    public void an_increase_in_value_asks_nothing()
    {
        var contract = OnlyThirdSectorAt(ProviderRole.Lead);

        var change = contract.ChangeValue(320_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 320_000m)], On(new DateOnly(2027, 1, 1)), DecisionRules.Default,
            new CompactContext(CompactNotice.None, Today, Rules));

        Assert.Equal(320_000m, change.AnnualValueAfter);
    }

    [Fact]
    public void how_notice_was_given_is_needed_with_its_date_and_the_date_cannot_be_in_the_future()
    {
        var contract = OnlyThirdSectorAt(ProviderRole.Partner);
        var checks = CompactCheck.For(contract, FundingChangeKind.Ending, new DateOnly(2027, 9, 30), CompactNotice.None, Today, Rules);

        var problems = CompactCheck.Problems(checks, new CompactNotice(new DateOnly(2026, 12, 1), " ", null), Today);

        Assert.Equal(
            [(CompactCheck.GivenOnField, "The date notice was given must be today or in the past"), (CompactCheck.HowField, "Enter how notice was given")],
            problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void any_third_sector_provider_sets_the_contracts_compact_notice_date_not_only_the_lead()
    {
        var partnerOnly = OnlyThirdSectorAt(ProviderRole.Partner);

        Assert.False(partnerOnly.LeadProviderIsThirdSector);
        Assert.True(partnerOnly.HasThirdSectorProvider);
        Assert.Equal(new DateOnly(2026, 9, 30), partnerOnly.CompactNoticeDate);
    }
}
