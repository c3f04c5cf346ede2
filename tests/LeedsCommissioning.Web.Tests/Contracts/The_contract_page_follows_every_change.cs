using System.Net;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>
/// The contract page's facts are kept per version of the register's data (RegisterFigures.GetOrAddContractAsync), so
/// each test opens the page first, then changes the data straight in the database, as a script, an import or another
/// instance of the portal would, and asks for the same page again: it must show the change at once.
/// </summary>
public sealed class The_contract_page_follows_every_change(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_contract_retitled_and_revalued_since_shows_its_new_title_and_value()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var title = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Title).SingleAsync());
        Assert.Equal(title, (await commissioner.GetDocumentAsync($"/contracts/{id}")).Heading());

        await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, "Live Well Leeds and Wortley").SetProperty(c => c.AnnualValue, 1_234_567m)));
        var after = await commissioner.GetDocumentAsync($"/contracts/{id}");

        Assert.Equal("Live Well Leeds and Wortley", after.Heading());
        var annual = after.QuerySelectorAll("#at-a-glance .govuk-summary-list__row").Single(r => r.TextContent.Contains("Annual value", StringComparison.Ordinal));
        Assert.Contains(UkTime.Money(1_234_567m), annual.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_lead_provider_and_commissioning_organisation_renamed_since_show_their_new_names()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        // Not the lead provider's user's organisation: the other tests here find it by its name.
        var contract = (await ContractTestData.AllAsync(factory))
            .Where(c => c.Providers.Any(p => p.Role == ProviderRole.Lead && p.Provider.Name != DemoData.LeadProviderName)).OrderBy(c => c.Id).First();
        var (id, organisationId) = (contract.Id, contract.CommissioningOrganisationId);
        var lead = contract.Providers.Single(p => p.Role == ProviderRole.Lead);
        var leadId = lead.ProviderId;
        var before = await commissioner.GetDocumentAsync($"/contracts/{id}");
        Assert.Equal(lead.Provider.Name, Value(before, "Lead provider"));

        await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == leadId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Harehills Community Kitchen Trust")));
        await factory.WithDbAsync(db => db.CommissioningOrganisations.Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, "Leeds City Council (Adults and Health)")));
        var after = await commissioner.GetDocumentAsync($"/contracts/{id}");

        Assert.Equal("Harehills Community Kitchen Trust", Value(after, "Lead provider"));
        Assert.Equal("Leeds City Council (Adults and Health)", Value(after, "Commissioned by"));
    }

    [Fact]
    public async Task a_funding_line_changed_and_one_removed_since_show_in_the_funding_total()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var contract = (await ContractTestData.AllAsync(factory)).Where(c => c.Funding.Count >= 2).OrderBy(c => c.Id).First();
        var lines = contract.Funding.OrderBy(f => f.Id).ToList();
        Assert.Equal(UkTime.Money(lines.Sum(f => f.AnnualAmount)) + " a year", (await FundingTotalAsync(commissioner, contract.Id)));

        await factory.WithDbAsync(db => db.FundingContributions.Where(f => f.Id == lines[0].Id)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.AnnualAmount, lines[0].AnnualAmount + 5_000m)));
        Assert.Equal(UkTime.Money(lines.Sum(f => f.AnnualAmount) + 5_000m) + " a year", await FundingTotalAsync(commissioner, contract.Id));

        await factory.WithDbAsync(db => db.FundingContributions.Where(f => f.Id == lines[1].Id).ExecuteDeleteAsync());
        Assert.Equal(UkTime.Money(lines.Sum(f => f.AnnualAmount) + 5_000m - lines[1].AnnualAmount) + " a year", await FundingTotalAsync(commissioner, contract.Id));
    }

    [Fact]
    public async Task a_provider_that_has_grown_since_no_longer_counts_in_the_keep_it_local_amount()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var contract = (await ContractTestData.AllAsync(factory)).Single(c => c.Reference == ContractTestData.LiveWellLeeds);
        var smallAndLocal = contract.Providers.Where(p => p.Provider.IsSmallAndLocal).ToList();
        var grown = smallAndLocal.OrderBy(p => p.ProviderId).First();
        Assert.Contains($"({UkTime.Money(smallAndLocal.Sum(p => p.AnnualShare))} a year)", await SmallLocalShareAsync(commissioner, contract.Id), StringComparison.Ordinal);

        await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == grown.ProviderId).ExecuteUpdateAsync(s => s.SetProperty(p => p.SizeBand, SizeBand.Large)));

        Assert.Contains($"({UkTime.Money(smallAndLocal.Sum(p => p.AnnualShare) - grown.AnnualShare)} a year)", await SmallLocalShareAsync(commissioner, contract.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_user_gets_404_for_a_contract_staff_have_just_opened_and_for_their_own_once_their_organisation_leaves_it()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var otherId = await ContractTestData.NotOfTheLeadProviderAsync(factory);
        var ownId = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var leadId = await ContractTestData.ProviderIdAsync(factory, DemoData.LeadProviderName);
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Http.GetAsync($"/contracts/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Http.GetAsync($"/contracts/{ownId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/contracts/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Http.GetAsync($"/contracts/{ownId}")).StatusCode);

        await factory.WithDbAsync(db => db.ContractProviders.Where(p => p.ContractId == ownId && p.ProviderId == leadId).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/contracts/{ownId}")).StatusCode);
        Assert.Equal("Not yet known", Value(await commissioner.GetDocumentAsync($"/contracts/{ownId}"), "Lead provider"));
    }

    private static string Value(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    private static async Task<string> FundingTotalAsync(PortalClient client, int id) =>
        (await client.GetDocumentAsync($"/contracts/{id}/funding")).GetElementById("funding-total")!.TextContent.Trim();

    private static async Task<string> SmallLocalShareAsync(PortalClient client, int id) =>
        (await client.GetDocumentAsync($"/contracts/{id}")).GetElementById("small-local-share")!.TextContent;
}
