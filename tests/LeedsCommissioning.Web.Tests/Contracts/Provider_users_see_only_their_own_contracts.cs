using System.Net;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Provider_users_see_only_their_own_contracts(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task our_contracts_lists_exactly_the_contracts_the_organisation_takes_part_in()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.LeadProviderName);
        var expected = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Providers.Any(p => p.ProviderId == providerId))
            .Select(c => c.Id).ToListAsync());

        var page = await provider.GetDocumentAsync("/our-contracts");

        Assert.Equal("Our contracts", page.Heading());
        var linked = page.QuerySelectorAll("tbody tr a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(expected.Order().ToList(), linked);
    }

    [Fact]
    public async Task a_provider_user_asking_for_another_providers_contract_gets_404_for_the_page_and_its_documents()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var otherId = await ContractTestData.NotOfTheLeadProviderAsync(factory);
        var documentId = await AddDocumentAsync(otherId);

        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/contracts/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.Http.GetAsync($"/contracts/{otherId}/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/contracts/export.csv")).StatusCode);
        var ours = await provider.GetDocumentAsync("/our-contracts");
        Assert.DoesNotContain(ours.QuerySelectorAll("tbody tr a"), a => a.GetAttribute("href") == $"/contracts/{otherId}");
    }

    [Fact]
    public async Task a_small_subcontractor_sees_Live_Well_Leeds_with_its_own_share_but_not_the_other_providers_shares()
    {
        var small = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var ownShare = await factory.WithDbAsync(db => db.ContractProviders
            .Where(p => p.ContractId == id && p.Provider.Name == DemoData.SmallProviderName).Select(p => p.AnnualShare).SingleAsync());
        var documentId = await AddDocumentAsync(id);

        var ours = await small.GetDocumentAsync("/our-contracts");
        var page = await small.GetDocumentAsync($"/contracts/{id}/providers");
        var download = await small.Http.GetAsync($"/contracts/{id}/documents/{documentId}");

        Assert.Contains(ours.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Live Well Leeds", StringComparison.Ordinal));
        Assert.Equal("Live Well Leeds", page.Heading());
        var rows = page.QuerySelectorAll("#provider-list .govuk-summary-list__row").ToList();
        var mine = rows.Single(r => r.TextContent.Contains(DemoData.SmallProviderName, StringComparison.Ordinal));
        Assert.Contains(Domain.Common.UkTime.Money(ownShare), mine.TextContent, StringComparison.Ordinal);
        Assert.All(rows.Where(r => r != mine), r => Assert.Contains("share not shown", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains(DemoData.LeadProviderName, StringComparison.Ordinal));
        Assert.Null(page.GetElementById("subnav-history"));
        Assert.Equal(HttpStatusCode.Forbidden, (await small.Http.GetAsync($"/contracts/{id}/history")).StatusCode);
        Assert.Empty((await small.GetDocumentAsync($"/contracts/{id}")).QuerySelectorAll("form[action$='/status']"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task provider_users_cannot_change_a_contract_even_their_own()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/contracts/{id}/documents/upload")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/contracts/{id}/extensions/1/take")).StatusCode);
    }

    private Task<int> AddDocumentAsync(int contractId) => factory.WithDbAsync(async db =>
    {
        var contract = await db.Contracts.Include(c => c.Documents).SingleAsync(c => c.Id == contractId);
        var key = Guid.NewGuid().ToString("N");
        var document = contract.AddDocument(Domain.Contracts.DocumentKind.Specification, "specification.pdf", "application/pdf", 9, key, null, "Test", DateTime.UtcNow);
        db.ContractDocumentContents.Add(new LeedsCommissioning.Infrastructure.Documents.ContractDocumentContent(key, "%PDF-1.7\n"u8.ToArray()));
        await db.SaveChangesAsync();
        return document.Id;
    });
}
