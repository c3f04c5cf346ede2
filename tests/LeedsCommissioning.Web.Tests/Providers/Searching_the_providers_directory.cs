using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

public sealed class Searching_the_providers_directory(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task lists_every_provider_a_page_at_a_time_with_the_count()
    {
        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var total = await factory.WithDbAsync(db => db.Providers.CountAsync());

        var first = await staff.GetDocumentAsync("/providers");
        var second = await staff.GetDocumentAsync("/providers?page=2");

        Assert.Equal("Providers", first.Heading());
        Assert.Equal($"{total} providers", ResultsCount(first));
        Assert.Equal(25, Names(first).Count);
        Assert.Empty(Names(first).Intersect(Names(second)));
        Assert.Equal(Names(first).Order(StringComparer.Ordinal), Names(first));
        Assert.NotNull(first.QuerySelector(".govuk-pagination a[rel=next]"));
    }

    [Fact]
    public async Task search_finds_providers_by_part_of_their_name_in_any_case()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await staff.GetDocumentAsync("/providers?search=WELLBEING+coll");

        Assert.Equal([DemoData.SmallProviderName], Names(page));
        Assert.Equal("1 provider matches your search", ResultsCount(page));
        Assert.Equal("WELLBEING coll", page.Value("search"));
    }

    [Fact]
    public async Task chapeltown_wellbeing_collective_is_a_small_leeds_based_provider()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var expected = await factory.WithDbAsync(db => db.Providers
            .Where(p => p.SizeBand == SizeBand.Small && p.IsLeedsBased).Select(p => p.Name).ToListAsync());

        var page = await staff.GetDocumentAsync("/providers?size=Small&leedsBased=yes");

        Assert.Contains(DemoData.SmallProviderName, Names(page));
        Assert.Equal(expected.Order(StringComparer.Ordinal).Take(25), Names(page));
        Assert.All(Rows(page), row => Assert.Equal(["Small", "Yes"], [row[2], row[3]]));
        Assert.Equal("selected", page.QuerySelector("#size option[value=Small]")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task filtering_by_ward_lists_the_providers_that_work_there()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var ward = await factory.WithDbAsync(db => db.Wards.SingleAsync(w => w.Name == "Chapel Allerton"));
        var expected = await factory.WithDbAsync(db => db.Providers
            .Where(p => p.Wards.Any(w => w.Id == ward.Id)).Select(p => p.Name).ToListAsync());
        var elsewhere = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == "Beeston Men's Shed CIC").SingleAsync());

        var page = await staff.GetDocumentAsync($"/providers?ward={ward.Id}");

        Assert.Contains(DemoData.SmallProviderName, Names(page));
        Assert.DoesNotContain(elsewhere.Name, Names(page));
        Assert.Equal($"{expected.Count} providers match your search", ResultsCount(page));
        Assert.Equal(expected.Order(StringComparer.Ordinal).Take(25), Names(page));
    }

    [Fact]
    public async Task filters_by_type_vetting_and_service_area_together()
    {
        var staff = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var expected = await factory.WithDbAsync(db => db.Providers
            .Where(p => p.Type == ProviderType.CommunityInterestCompany && p.VettingStatus == VettingStatus.Vetted)
            .Where(p => db.Contracts.Any(c => c.ServiceArea == ServiceArea.SupportInTheCommunity
                && c.Status != ContractStatus.Ended && c.Status != ContractStatus.Decommissioned
                && c.Providers.Any(cp => cp.ProviderId == p.Id)))
            .Select(p => p.Name).ToListAsync());

        var page = await staff.GetDocumentAsync("/providers?type=CommunityInterestCompany&vetting=Vetted&serviceArea=SupportInTheCommunity");

        Assert.Contains(DemoData.SmallProviderName, Names(page));
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(page));
        Assert.All(Rows(page), row => Assert.Equal(["Community interest company", "Vetted"], [row[1], row[4]]));
    }

    [Fact]
    public async Task sorting_by_contract_value_puts_the_provider_receiving_most_first()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var shares = await factory.WithDbAsync(db => db.Contracts
            .Where(c => c.Status == ContractStatus.Live || c.Status == ContractStatus.InExtension || c.Status == ContractStatus.Ending)
            .SelectMany(c => c.Providers).Select(cp => new { cp.ProviderId, cp.AnnualShare }).ToListAsync());
        var topId = shares.GroupBy(s => s.ProviderId).OrderByDescending(g => g.Sum(s => s.AnnualShare)).First().Key;
        var top = await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == topId).Select(p => p.Name).SingleAsync());

        var page = await staff.GetDocumentAsync("/providers?sort=value");
        var byIncome = await staff.GetDocumentAsync("/providers?sort=income");
        var bySize = await staff.GetDocumentAsync("/providers?sort=size");

        Assert.Equal(top, Names(page)[0]);
        var values = Rows(page).Select(r => Money(r[6])).ToList();
        Assert.Equal(values.OrderDescending(), values);
        var incomes = Rows(byIncome).Select(r => Money(r[5])).ToList();
        Assert.Equal(incomes.OrderDescending(), incomes);
        Assert.Equal("Micro", Rows(bySize)[0][2]);
    }

    [Fact]
    public async Task a_providers_contract_value_follows_a_change_made_since_by_anyone()
    {
        // The values are kept per version of the register's data (RegisterFigures): a change written straight to the
        // database, as another instance or a data load would, must show on the next page.
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.SmallProviderName);
        var part = await factory.WithDbAsync(db => db.Contracts
            .Where(c => c.Status == ContractStatus.Live || c.Status == ContractStatus.InExtension || c.Status == ContractStatus.Ending)
            .SelectMany(c => c.Providers).Where(cp => cp.ProviderId == providerId).Select(cp => new { cp.Id, cp.AnnualShare }).FirstAsync());
        var before = Money(Rows(await staff.GetDocumentAsync("/providers?search=wellbeing+collective"))[0][6]);

        await factory.WithDbAsync(db => db.ContractProviders.Where(cp => cp.Id == part.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(cp => cp.AnnualShare, part.AnnualShare + 250_000m)));
        var after = Money(Rows(await staff.GetDocumentAsync("/providers?search=wellbeing+collective"))[0][6]);
        var byValue = Rows(await staff.GetDocumentAsync("/providers?sort=value&search=wellbeing"));

        Assert.Equal(before + 250_000m, after);
        Assert.Contains(byValue, r => r[0] == DemoData.SmallProviderName && Money(r[6]) == after);
        var values = byValue.Select(r => Money(r[6])).ToList();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task filters_that_do_not_make_sense_are_ignored_rather_than_failing()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var total = await factory.WithDbAsync(db => db.Providers.CountAsync());

        var page = await staff.GetDocumentAsync("/providers?type=Pirate&ward=abc&size=&page=-4&sort=sideways");

        Assert.Equal($"{total} providers", ResultsCount(page));
    }

    [Fact]
    public async Task only_staff_may_search_it()
    {
        var anonymous = await PortalClient.For(factory).Http.GetAsync("/providers");
        var provider = await (await PortalClient.SignedInAsync(factory, "provider@example.org")).Http.GetAsync("/providers");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, provider.StatusCode);
    }

    private static string ResultsCount(IDocument page) => page.GetElementById("results-count")!.TextContent.Trim();

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private static List<string[]> Rows(IDocument page) =>
        page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private static decimal Money(string text) =>
        text == "Not known" ? -1 : decimal.Parse(text.TrimStart('£').Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
