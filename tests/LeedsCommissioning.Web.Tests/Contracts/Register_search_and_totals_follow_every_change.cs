using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>
/// The register's search index and the figures it keeps between requests (migration RegisterSearch) follow changes
/// made by anyone, not only by this app's own pages: here a change is written straight to the database, as a data
/// load, a script or another instance of the portal would.
/// </summary>
public sealed class Register_search_and_totals_follow_every_change(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_renamed_provider_is_found_by_its_new_name_and_not_by_the_old()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.SmallProviderName);
        var theirs = (await ContractTestData.AllAsync(factory)).Where(c => c.Providers.Any(p => p.ProviderId == providerId))
            .Select(c => c.Reference).Order().ToList();
        Assert.Equal(theirs, (await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=wellbeing+collective")).Order().ToList());

        await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == providerId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Potternewton Quiltmakers Guild")));

        Assert.Equal(theirs, (await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=quiltmakers")).Order().ToList());
        Assert.Empty(await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=wellbeing+collective"));
    }

    [Fact]
    public async Task a_retitled_contract_is_found_by_its_new_title()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Empty(await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=zither"));

        await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == ContractTestData.LiveWellLeeds)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, "Live Well Leeds with Zither Lessons")));

        Assert.Equal([ContractTestData.LiveWellLeeds], await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=ZITHER+less"));
    }

    [Fact]
    public async Task the_totals_shown_again_include_a_change_made_since()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await commissioner.GetDocumentAsync("/contracts?status=Live");
        var live = (await ContractTestData.AllAsync(factory)).Where(c => c.Status == Domain.Contracts.ContractStatus.Live).ToList();
        Assert.Equal(UkTime.Money(live.Sum(c => c.AnnualValue)), before.GetElementById("total-annual-value")!.TextContent.Trim());
        var changed = live.OrderBy(c => c.Id).First();

        await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == changed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AnnualValue, changed.AnnualValue + 1_000_000m)));
        var after = await commissioner.GetDocumentAsync("/contracts?status=Live");

        Assert.Equal(UkTime.Money(live.Sum(c => c.AnnualValue) + 1_000_000m), after.GetElementById("total-annual-value")!.TextContent.Trim());
    }

    [Fact]
    public async Task the_same_page_asked_for_again_shows_a_title_changed_since()
    {
        // The page's HTML is kept per version of the data (RegisterViewModel.RenderedKey): a change must replace it.
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        const string page = "/contracts?search=market+place&sort=title";
        var before = await commissioner.GetDocumentAsync(page);
        Assert.Contains(before.QuerySelectorAll("#register tbody a"), a => a.TextContent.Trim() == "The Market Place: young people's mental health");

        await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-CF-2019-007")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, "The Market Place: young people's wellbeing")));
        var after = await commissioner.GetDocumentAsync(page);

        var titles = after.QuerySelectorAll("#register tbody a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("The Market Place: young people's wellbeing", titles);
        Assert.DoesNotContain("The Market Place: young people's mental health", titles);
    }
}
