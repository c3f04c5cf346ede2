using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Data;

/// <summary>
/// The seeded register read against the market position statement (domain.md sections 2 and 8; issue 11):
/// each rule iterates over every seeded contract or provider it concerns, so a new seed that breaks it fails here.
/// </summary>
public sealed class The_demo_data_follows_the_sources(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly InterimEnd = new(2019, 10, 31);

    [Fact]
    public async Task the_carers_short_breaks_interim_is_six_contracts_with_four_independent_sector_providers_for_six_months_worth_564720_pounds()
    {
        var contracts = await Contracts();
        var interim = contracts.Where(c => c.Title.StartsWith("Carers' short breaks (interim", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, interim.Count);
        Assert.Equal(4, interim.Select(c => c.LeadProviderId).Distinct().Count());
        Assert.All(interim, c =>
        {
            Assert.Equal(InterimEnd, c.CurrentEndDate);
            Assert.Equal(6m, c.TermMonths);
            Assert.NotEqual(ContractAwardRoute.DirectAwardCprWaiver, c.ProcurementRoute);
            Assert.Null(c.CprWaiverId);
            Assert.All(c.Providers, p => Assert.Equal(ProviderType.Company, p.Provider.Type));
        });
        Assert.Equal(564_720m, interim.Sum(c => c.WholeLifeValue));
    }

    [Fact]
    public async Task the_new_carers_short_breaks_service_runs_3_years_and_5_months_from_1_november_2019_with_up_to_24_months_extension()
    {
        var service = Assert.Single(await Contracts(), c => c.Title == "Carers' short breaks");

        Assert.Equal(new DateOnly(2019, 11, 1), service.StartDate);
        Assert.Equal(new DateOnly(2019, 11, 1).AddYears(3).AddMonths(5).AddDays(-1), service.InitialEndDate);
        Assert.Equal(ContractAwardRoute.OpenTender, service.ProcurementRoute);
        Assert.InRange(service.Extensions.Sum(e => e.Months), 1, 24);
    }

    [Fact]
    public async Task the_appropriate_adult_service_is_delivered_by_TAAS_and_Leeds_funds_it_from_children_and_families_and_adults_and_health()
    {
        var service = Assert.Single(await Contracts(), c => c.Title.StartsWith("West Yorkshire Appropriate Adult Service", StringComparison.Ordinal));
        var funders = await factory.WithDbAsync(db => db.FundingContributions.Where(f => f.ContractId == service.Id)
            .Select(f => f.FunderOrganisation == null ? f.PartnerName ?? "" : f.FunderOrganisation.Code).ToListAsync());

        Assert.Equal("The AA Service (TAAS)", service.Lead!.Provider.Name);
        Assert.Contains("via a network of volunteers", service.Description, StringComparison.Ordinal);
        Assert.Equal(184_000m, service.AnnualValue);
        Assert.Equal(
            ["LCC-AH", "LCC-CF", "WY-BRADFORD", "WY-CALDERDALE", "WY-KIRKLEES", "WY-PCC", "WY-WAKEFIELD"],
            funders.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task no_provider_receives_more_a_year_than_its_income()
    {
        var contracts = await Contracts();
        var delivering = contracts.Where(c => c.Status is ContractStatus.Live or ContractStatus.InExtension or ContractStatus.Ending);

        // A single contract never pays a provider more a year than its income ...
        var single = contracts.SelectMany(c => c.Providers.Select(p => (c.Reference, p.Provider.Name, p.AnnualShare, p.Provider.AnnualIncome)))
            .Where(x => x.AnnualShare > (x.AnnualIncome ?? decimal.MaxValue))
            .Select(x => $"{x.Name} gets {x.AnnualShare} a year from {x.Reference} on an income of {x.AnnualIncome}").ToList();
        // ... nor do the contracts being delivered together.
        var together = delivering.SelectMany(c => c.Providers)
            .GroupBy(p => p.ProviderId)
            .Select(g => (g.First().Provider, Total: g.Sum(p => p.AnnualShare)))
            .Where(x => x.Total > (x.Provider.AnnualIncome ?? decimal.MaxValue))
            .Select(x => $"{x.Provider.Name} gets {x.Total} a year on an income of {x.Provider.AnnualIncome}").ToList();

        Assert.Empty(single);
        Assert.Empty(together);
    }

    [Fact]
    public async Task every_extension_of_a_contract_with_a_third_sector_provider_is_decided_by_six_months_before_the_end_it_extends()
    {
        var contracts = await Contracts();
        var broken = new List<string>();
        foreach (var contract in contracts.Where(c => c.Providers.Any(p => p.Provider.IsThirdSector)))
        {
            // The end each extension would extend: the initial end, moved on by the extensions taken before it.
            var end = contract.InitialEndDate;
            foreach (var extension in contract.Extensions.OrderBy(e => e.Number))
            {
                // Six months before a contract that runs to the end of 30 June is 31 December: count back from the day after.
                if (extension.DecideBy > end.AddDays(1).AddMonths(-6).AddDays(-1))
                {
                    broken.Add($"{contract.Reference} extension {extension.Number}: decide by {extension.DecideBy}, end {end}");
                }

                if (extension.Status == ExtensionStatus.Taken)
                {
                    end = Term.Extend(end, extension.Months);
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task live_well_leeds_requires_30_percent_for_small_community_organisations_and_reaches_it()
    {
        var liveWell = Assert.Single(await Contracts(), c => c.Title == "Live Well Leeds");

        Assert.Equal(30m, liveWell.RequiredSmallShare);
        Assert.Equal(16, liveWell.Providers.Count(p => p.Role == ProviderRole.Subcontractor && p.Provider.IsSmallAndLocal));
        Assert.False(liveWell.FallsShortOfRequiredSmallShare);
    }

    private Task<List<Contract>> Contracts() => factory.WithDbAsync(db => db.Contracts.AsNoTracking().AsSplitQuery()
        .Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Extensions).ToListAsync());
}
