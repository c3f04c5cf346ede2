using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

public sealed class A_providers_page_for_the_right_reader(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_provider_user_reads_their_own_organisation_addressed_to_them()
    {
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var page = await provider.GetDocumentAsync($"/providers/{id}");
        var profile = await provider.GetDocumentAsync($"/providers/{id}/profile");

        Assert.Equal("Your organisation", page.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Your contracts", headings);
        Assert.Contains("Your details", headings);
        Assert.Contains("Your contacts", headings);
        Assert.Equal("Change your contact details and description", page.QuerySelector($"a[href='/providers/{id}/profile']")?.TextContent.Trim());
        Assert.DoesNotContain("it receives", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Change your contact details and description", profile.Heading());
    }

    [Fact]
    public async Task staff_read_about_the_provider_in_the_third_person()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var page = await commissioner.GetDocumentAsync($"/providers/{id}");

        Assert.Equal("Provider", page.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        Assert.Contains("Contracts", page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("Your contracts", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_commissioner_sees_the_waivers_that_name_the_provider_as_supplier_with_links()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var named = await factory.WithDbAsync(db => db.CprWaivers.Where(w => w.ProviderId != null && !w.IsSuperseded)
            .Select(w => new { w.Id, ProviderId = w.ProviderId!.Value, w.Subject }).ToListAsync());
        var providerId = named.GroupBy(w => w.ProviderId).OrderByDescending(g => g.Count()).First().Key;
        var theirs = named.Where(w => w.ProviderId == providerId).Select(w => $"/waivers/{w.Id}").Order().ToList();
        var others = named.Where(w => w.ProviderId != providerId).Select(w => $"/waivers/{w.Id}").ToList();

        var page = await commissioner.GetDocumentAsync($"/providers/{providerId}");

        var links = page.QuerySelectorAll("#provider-waivers tbody a").Select(a => a.GetAttribute("href")!).Order().ToList();
        Assert.Equal(theirs, links);
        Assert.DoesNotContain(links, others.Contains);
    }

    [Fact]
    public async Task a_provider_user_is_not_shown_waivers_on_their_own_page()
    {
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var page = await provider.GetDocumentAsync($"/providers/{id}");

        Assert.Null(page.GetElementById("waivers"));
    }
}
