using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Tests.Contracts;

public class Setting_a_contract_term
{
    [Fact]
    public void refuses_an_end_date_on_or_before_the_start()
    {
        var error = Assert.Throws<DomainException>(() => A.Contract(start: new DateOnly(2024, 4, 1), end: new DateOnly(2024, 4, 1)));

        Assert.Equal(nameof(Contract.InitialEndDate), error.Field);
    }

    [Fact]
    public void ends_at_the_initial_end_date_with_no_extensions_taken()
    {
        var contract = A.Contract();

        Assert.Equal(new DateOnly(2024, 3, 31), contract.CurrentEndDate);
        Assert.Equal(60m, contract.TermMonths);
    }

    [Fact]
    public void refuses_a_blank_reference()
    {
        var contract = A.Contract();
        var error = Assert.Throws<DomainException>(() => contract.UpdateSummary(" ", "T", null, default, 1, default, default, default));
        Assert.Equal(nameof(Contract.Reference), error.Field);
    }
}

public class Valuing_a_contract
{
    [Fact]
    public void gives_the_whole_life_value_as_annual_value_times_months_over_twelve()
    {
        var contract = A.Contract(1_300_000m);

        Assert.Equal(6_500_000m, contract.WholeLifeValue);
    }

    [Fact]
    public void counts_part_months()
    {
        // NDTi: £23,800 a year from 1 November 2019 for 2 years = £47,600 (Waiver report).
        var twoYears = A.Contract(23_800m, new DateOnly(2019, 11, 1), new DateOnly(2021, 10, 31));
        var eighteenAndAHalf = A.Contract(12_000m, new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 15));

        Assert.Equal(47_600m, twoYears.WholeLifeValue);
        Assert.Equal(500m, eighteenAndAHalf.WholeLifeValue);
    }

    [Fact]
    public void includes_taken_extensions_and_gives_a_maximum_with_pending_ones()
    {
        var contract = A.FundedContract(3_000_000m, new DateOnly(2018, 10, 1), new DateOnly(2023, 9, 30));
        contract.AddExtension(24, new DateOnly(2023, 3, 31));
        contract.TakeExtension(1, new DateOnly(2023, 2, 1));
        contract.AddExtension(36, new DateOnly(2025, 3, 31));

        Assert.Equal(new DateOnly(2025, 9, 30), contract.CurrentEndDate);
        Assert.Equal(new DateOnly(2028, 9, 30), contract.MaximumEndDate);
        Assert.Equal(21_000_000m, contract.WholeLifeValue);
        Assert.Equal(30_000_000m, contract.MaximumWholeLifeValue);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.001)]
    public void refuses_negative_money_or_fractions_of_a_penny(double value)
    {
        var error = Assert.Throws<DomainException>(() => A.Contract((decimal)value));

        Assert.Equal(nameof(Contract.AnnualValue), error.Field);
    }
}

public class Funding_a_contract
{
    [Fact]
    public void accepts_contributions_that_add_up_to_the_annual_value_to_the_penny()
    {
        var contract = A.Contract(184_000m);

        contract.SetFunding([
            FundingLine.FromOrganisation(1, FundingStream.LccBudget, 61_333.34m),
            FundingLine.FromPartner("Wakefield Council", FundingStream.OtherPartner, 61_333.33m),
            FundingLine.FromPartner("Police and Crime Commissioner", FundingStream.OtherPartner, 61_333.33m),
        ]);

        Assert.True(contract.FundingBalances);
        Assert.Equal(3, contract.Funding.Count);
    }

    [Fact]
    public void is_refused_when_the_contributions_are_a_penny_short()
    {
        var contract = A.Contract(184_000m);

        var error = Assert.Throws<DomainException>(() => contract.SetFunding([
            FundingLine.FromOrganisation(1, FundingStream.LccBudget, 100_000m),
            FundingLine.FromOrganisation(5, FundingStream.CcgBudget, 83_999.99m),
        ]));

        Assert.Equal(nameof(Contract.Funding), error.Field);
        Assert.Empty(contract.Funding);
    }

    [Fact]
    public void is_refused_without_a_funder()
    {
        var contract = A.Contract(100m);
        var error = Assert.Throws<DomainException>(() => contract.SetFunding([new FundingLine(null, " ", FundingStream.OtherPartner, 100m)]));
        Assert.Equal(nameof(Contract.Funding), error.Field);
    }

    [Fact]
    public void is_refused_with_the_same_funder_and_stream_twice()
    {
        var contract = A.Contract(100m);
        var error = Assert.Throws<DomainException>(() => contract.SetFunding([
            FundingLine.FromOrganisation(1, FundingStream.LccBudget, 50m),
            FundingLine.FromOrganisation(1, FundingStream.LccBudget, 50m),
        ]));
        Assert.Equal(nameof(Contract.Funding), error.Field);
    }

    [Fact]
    public void must_balance_before_the_contract_leaves_planned()
    {
        var contract = A.Contract(100_000m);

        var error = Assert.Throws<DomainException>(() => contract.MoveTo(ContractStatus.Procuring));

        Assert.Equal(nameof(Contract.Funding), error.Field);
        Assert.Equal(ContractStatus.Planned, contract.Status);
    }

    [Fact]
    public void lets_a_planned_contract_change_its_value_alone()
    {
        var contract = A.FundedContract(100_000m);

        contract.SetAnnualValue(120_000m);

        Assert.False(contract.FundingBalances);
    }

    [Fact]
    public void makes_a_live_contract_change_value_and_funding_together()
    {
        var contract = A.ContractIn(ContractStatus.Live);

        var error = Assert.Throws<DomainException>(() => contract.SetAnnualValue(120_000m));
        contract.Revalue(120_000m, [FundingLine.FromOrganisation(1, FundingStream.LccBudget, 120_000m)]);

        Assert.Equal(nameof(Contract.AnnualValue), error.Field);
        Assert.Equal(120_000m, contract.AnnualValue);
        Assert.True(contract.FundingBalances);
    }
}

public class Naming_the_providers_of_a_contract
{
    [Fact]
    public void gives_the_lead_the_rest_of_the_annual_value()
    {
        var contract = A.Contract(1_000_000m);

        contract.SetProviders([
            new ContractProviderLine(A.Provider("Community Links"), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Partner, 200_000m),
            new ContractProviderLine(A.SmallLocalProvider(), ProviderRole.Subcontractor, 50_000m),
        ]);

        Assert.Equal(750_000m, contract.Lead!.AnnualShare);
        Assert.Equal(1_000_000m, contract.Providers.Sum(p => p.AnnualShare));
    }

    [Fact]
    public void refuses_partner_and_subcontractor_shares_above_the_annual_value()
    {
        var contract = A.Contract(100_000m);

        var error = Assert.Throws<DomainException>(() => contract.SetProviders([
            new ContractProviderLine(A.Provider("Community Links"), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Partner, 60_000m),
            new ContractProviderLine(A.SmallLocalProvider(), ProviderRole.Subcontractor, 40_000.01m),
        ]));

        Assert.Equal(nameof(Contract.Providers), error.Field);
        Assert.Empty(contract.Providers);
    }

    [Fact]
    public void refuses_a_lower_annual_value_than_the_shares_already_given()
    {
        var contract = A.Contract(100_000m);
        contract.SetProviders([
            new ContractProviderLine(A.Provider("Community Links"), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Partner, 60_000m),
        ]);

        var error = Assert.Throws<DomainException>(() => contract.SetAnnualValue(50_000m));

        Assert.Equal(nameof(Contract.AnnualValue), error.Field);
    }

    [Fact]
    public void refuses_the_same_provider_twice()
    {
        var contract = A.Contract();
        var mind = A.Provider("Leeds Mind");

        var error = Assert.Throws<DomainException>(() => contract.SetProviders([
            new ContractProviderLine(mind, ProviderRole.Lead),
            new ContractProviderLine(mind, ProviderRole.Subcontractor, 10m),
        ]));

        Assert.Equal(nameof(Contract.Providers), error.Field);
    }

    [Fact]
    public void refuses_providers_without_a_lead()
    {
        var contract = A.Contract();

        var error = Assert.Throws<DomainException>(() => contract.SetProviders([
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Partner, 10m),
        ]));

        Assert.Equal("Select a lead provider", error.Message);
    }

    [Fact]
    public void refuses_two_leads()
    {
        var contract = A.Contract();

        var error = Assert.Throws<DomainException>(() => contract.SetProviders([
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Touchstone"), ProviderRole.Lead),
        ]));

        Assert.Equal("A contract can have only one lead provider", error.Message);
    }

    [Fact]
    public void refuses_a_negative_share()
    {
        var contract = A.Contract();

        var error = Assert.Throws<DomainException>(() => contract.SetProviders([
            new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Lead),
            new ContractProviderLine(A.Provider("Touchstone"), ProviderRole.Partner, -1m),
        ]));

        Assert.Equal(nameof(Contract.Providers), error.Field);
    }

    [Fact]
    public void keeps_existing_rows_when_the_list_is_posted_again()
    {
        var contract = A.Contract(100_000m);
        var lead = A.Provider("Community Links");
        var mind = A.Provider("Leeds Mind");
        contract.SetProviders([new ContractProviderLine(lead, ProviderRole.Lead), new ContractProviderLine(mind, ProviderRole.Partner, 10_000m)]);
        var row = contract.Providers.Single(p => p.Provider == mind);

        contract.SetProviders([new ContractProviderLine(lead, ProviderRole.Lead), new ContractProviderLine(mind, ProviderRole.Subcontractor, 20_000m)]);

        Assert.Same(row, contract.Providers.Single(p => p.Provider == mind));
        Assert.Equal(ProviderRole.Subcontractor, row.Role);
        Assert.Equal(80_000m, contract.Lead!.AnnualShare);
    }
}

public class Keep_it_Local_figures
{
    [Fact]
    public void give_the_share_of_the_annual_value_reaching_small_Leeds_organisations()
    {
        var contract = A.Contract(1_000_000m);

        contract.SetProviders([
            new ContractProviderLine(A.Provider("Community Links", 20_000_000m), ProviderRole.Lead),
            new ContractProviderLine(A.SmallLocalProvider("Group A"), ProviderRole.Subcontractor, 200_000m),
            new ContractProviderLine(A.Provider("Micro group", 5_000m), ProviderRole.Subcontractor, 50_000m),
            new ContractProviderLine(A.Provider("Small but in Bradford", 50_000m, leedsBased: false), ProviderRole.Subcontractor, 40_000m),
            new ContractProviderLine(A.Provider("Medium Leeds charity", 500_000m), ProviderRole.Partner, 100_000m),
        ]);

        Assert.Equal(25.00m, contract.SmallLocalShare);
        Assert.Equal(250_000m, contract.SmallLocalAmount);
    }

    [Fact]
    public void give_the_whole_value_when_the_only_provider_is_small_and_local()
    {
        var contract = A.Contract(40_000m);

        contract.SetProviders([new ContractProviderLine(A.SmallLocalProvider(), ProviderRole.Lead)]);

        Assert.Equal(100m, contract.SmallLocalShare);
    }

    [Fact]
    public void say_whether_the_lead_is_third_sector()
    {
        var charityLed = A.Contract();
        var companyLed = A.Contract();
        var noLead = A.Contract();

        charityLed.SetProviders([new ContractProviderLine(A.Provider("Leeds Mind"), ProviderRole.Lead)]);
        companyLed.SetProviders([new ContractProviderLine(A.Provider("Home care Ltd", type: ProviderType.Company), ProviderRole.Lead)]);

        Assert.True(charityLed.LeadProviderIsThirdSector);
        Assert.Equal(new DateOnly(2023, 9, 30), charityLed.CompactNoticeDate);
        Assert.False(companyLed.LeadProviderIsThirdSector);
        Assert.Null(companyLed.CompactNoticeDate);
        Assert.Null(noLead.LeadProviderIsThirdSector);
    }

    [Fact]
    public void follow_a_change_to_a_provider_when_refreshed()
    {
        var contract = A.Contract(40_000m);
        var provider = A.SmallLocalProvider();
        contract.SetProviders([new ContractProviderLine(provider, ProviderRole.Lead)]);

        provider.SetIncome(2_000_000m, 2026);
        contract.RefreshProviderFigures();

        Assert.Equal(0m, contract.SmallLocalShare);
    }
}

public class Changing_a_contract_status
{
    /// <summary>
    /// The lifecycle, written out here rather than read from <see cref="ContractLifecycle.Transitions"/>, so a
    /// change to the production table is caught: Planned → Procuring → Awarded → Mobilising → Live → In extension
    /// → Ending → Ended; Live may go straight to Ending; Live, In extension and Ending may be decommissioned
    /// (docs/domain.md, contract lifecycle; domain.md section 5). Ended and Decommissioned are final.
    /// </summary>
    private static readonly (ContractStatus From, ContractStatus To)[] Lifecycle =
    [
        (ContractStatus.Planned, ContractStatus.Procuring),
        (ContractStatus.Procuring, ContractStatus.Awarded),
        (ContractStatus.Awarded, ContractStatus.Mobilising),
        (ContractStatus.Mobilising, ContractStatus.Live),
        (ContractStatus.Live, ContractStatus.InExtension),
        (ContractStatus.Live, ContractStatus.Ending),
        (ContractStatus.Live, ContractStatus.Decommissioned),
        (ContractStatus.InExtension, ContractStatus.Ending),
        (ContractStatus.InExtension, ContractStatus.Decommissioned),
        (ContractStatus.Ending, ContractStatus.Ended),
        (ContractStatus.Ending, ContractStatus.Decommissioned),
    ];

    public static TheoryData<ContractStatus, ContractStatus> Allowed()
    {
        var data = new TheoryData<ContractStatus, ContractStatus>();
        foreach (var (from, to) in Lifecycle)
        {
            data.Add(from, to);
        }

        return data;
    }

    /// <summary>Every other pair of statuses (9 × 9 − 11 = 70), including staying where it is.</summary>
    public static TheoryData<ContractStatus, ContractStatus> Refused()
    {
        var data = new TheoryData<ContractStatus, ContractStatus>();
        foreach (var from in Enum.GetValues<ContractStatus>())
        {
            foreach (var to in Enum.GetValues<ContractStatus>().Where(to => !Lifecycle.Contains((from, to))))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void the_refused_pairs_are_every_pair_off_the_lifecycle()
    {
        Assert.Equal(9, Enum.GetValues<ContractStatus>().Length);
        Assert.Equal(81 - Lifecycle.Length, Refused().Count);
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void is_allowed_along_the_lifecycle(ContractStatus from, ContractStatus to)
    {
        var contract = A.ContractIn(from);

        contract.MoveTo(to);

        Assert.Equal(to, contract.Status);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void is_refused_off_the_lifecycle(ContractStatus from, ContractStatus to)
    {
        var contract = A.ContractIn(from);

        var error = Assert.Throws<DomainException>(() => contract.MoveTo(to));

        Assert.Equal("Status", error.Field);
        Assert.Equal(from, contract.Status);
    }

    [Fact]
    public void follows_the_table_from_planned_to_ended()
    {
        Assert.Equal([ContractStatus.Procuring], A.FundedContract().NextStatuses);
        Assert.Empty(A.ContractIn(ContractStatus.Ended).NextStatuses);
        Assert.True(A.ContractIn(ContractStatus.Ending).CanMoveTo(ContractStatus.Decommissioned));
    }
}

public class Extending_a_contract
{
    private static readonly DateOnly DecideBy = new(2023, 9, 30);

    [Fact]
    public void moves_the_current_end_date_out_when_taken()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(24, DecideBy);

        contract.TakeExtension(1, new DateOnly(2023, 9, 1));

        Assert.Equal(new DateOnly(2026, 3, 31), contract.CurrentEndDate);
        Assert.Equal(ExtensionStatus.Taken, contract.Extensions[0].Status);
        Assert.Equal(new DateOnly(2023, 9, 1), contract.Extensions[0].DecidedOn);
    }

    [Fact]
    public void puts_a_live_contract_in_extension_when_taken()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(12, DecideBy);

        contract.TakeExtension(1, DecideBy);

        Assert.Equal(ContractStatus.InExtension, contract.Status);
    }

    [Fact]
    public void leaves_the_end_date_alone_when_declined()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(12, DecideBy);

        contract.DeclineExtension(1, DecideBy);

        Assert.Equal(new DateOnly(2024, 3, 31), contract.CurrentEndDate);
        Assert.Equal(contract.CurrentEndDate, contract.MaximumEndDate);
        Assert.Equal(ContractStatus.Live, contract.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void is_refused_once_decided(bool taken)
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(12, DecideBy);
        if (taken)
        {
            contract.TakeExtension(1, DecideBy);
        }
        else
        {
            contract.DeclineExtension(1, DecideBy);
        }

        Assert.Throws<DomainException>(() => contract.TakeExtension(1, DecideBy));
        Assert.Throws<DomainException>(() => contract.DeclineExtension(1, DecideBy));
        Assert.Throws<DomainException>(() => contract.RemoveExtension(1));
    }

    [Fact]
    public void needs_a_decide_by_date_before_the_current_end_date()
    {
        var contract = A.ContractIn(ContractStatus.Live);

        var error = Assert.Throws<DomainException>(() => contract.AddExtension(12, new DateOnly(2024, 3, 31)));

        Assert.Equal("DecideBy", error.Field);
    }

    [Fact]
    public void allows_a_later_decide_by_date_once_an_earlier_extension_is_taken()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(12, DecideBy);
        contract.TakeExtension(1, DecideBy);

        var second = contract.AddExtension(12, new DateOnly(2024, 9, 30));

        Assert.Equal(2, second.Number);
        Assert.Equal(new DateOnly(2026, 3, 31), contract.MaximumEndDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void needs_a_sensible_number_of_months(int months)
    {
        var contract = A.ContractIn(ContractStatus.Live);
        var error = Assert.Throws<DomainException>(() => contract.AddExtension(months, DecideBy));
        Assert.Equal("Months", error.Field);
    }

    [Fact]
    public void cannot_be_taken_once_the_contract_is_ending()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        contract.AddExtension(12, DecideBy);
        contract.MoveTo(ContractStatus.Ending);

        Assert.Throws<DomainException>(() => contract.TakeExtension(1, DecideBy));
        contract.DeclineExtension(1, DecideBy);
        Assert.Equal(ExtensionStatus.Declined, contract.Extensions[0].Status);
    }

    [Fact]
    public void is_refused_for_an_unknown_extension()
    {
        var contract = A.ContractIn(ContractStatus.Live);
        var error = Assert.Throws<DomainException>(() => contract.TakeExtension(3, DecideBy));
        Assert.Equal(nameof(Contract.Extensions), error.Field);
    }

    [Fact]
    public void keeps_month_ends_at_month_ends()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Term.Extend(new DateOnly(2023, 11, 30), 3));
        Assert.Equal(new DateOnly(2020, 10, 15), Term.Extend(new DateOnly(2019, 10, 15), 12));
    }
}

public class Finding_contracts_ending_soon
{
    [Theory]
    [InlineData(6, false)]
    [InlineData(12, true)]
    public void counts_from_today(int months, bool expected)
    {
        var contract = A.FundedContract(start: new DateOnly(2022, 4, 1), end: new DateOnly(2027, 9, 30));

        Assert.Equal(expected, contract.IsEndingWithin(new DateOnly(2026, 11, 26), months));
    }
}

public class Attaching_documents
{
    [Fact]
    public void keeps_the_metadata()
    {
        var contract = A.Contract();

        var document = contract.AddDocument(DocumentKind.Specification, "spec.pdf", "application/pdf", 12_345,
            "contracts/1/abc", "user-1", "Priya Shah", new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal("spec.pdf", Assert.Single(contract.Documents).FileName);
        Assert.Equal(DocumentKind.Specification, document.Kind);
    }

    [Theory]
    [InlineData("run.exe")]
    [InlineData("notes.html")]
    public void refuses_anything_but_PDF_Word_or_Excel(string fileName)
    {
        var contract = A.Contract();

        var error = Assert.Throws<DomainException>(() => contract.AddDocument(DocumentKind.Other, fileName, "application/octet-stream", 10,
            "k", null, "Priya Shah", DateTime.UtcNow));

        Assert.Equal("File", error.Field);
    }
}
