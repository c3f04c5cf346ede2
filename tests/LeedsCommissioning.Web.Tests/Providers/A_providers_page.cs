using System.Net;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

public sealed class A_providers_page(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task shows_its_contracts_and_the_total_of_its_shares_of_those_being_delivered()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await factory.ProviderIdAsync(DemoData.LeadProviderName);
        var parts = await factory.WithDbAsync(db => db.Contracts
            .SelectMany(c => c.Providers.Where(cp => cp.ProviderId == id), (c, cp) => new { c.Reference, c.Status, cp.AnnualShare })
            .ToListAsync());
        var delivering = new[] { ContractStatus.Live, ContractStatus.InExtension, ContractStatus.Ending };
        var total = parts.Where(p => delivering.Contains(p.Status)).Sum(p => p.AnnualShare);
        var leedsSpend = (await factory.WithDbAsync(db => db.Contracts.Where(c => delivering.Contains(c.Status)).Select(c => c.AnnualValue).ToListAsync())).Sum();

        var page = await staff.GetDocumentAsync($"/providers/{id}");

        Assert.Equal(DemoData.LeadProviderName, page.Heading());
        Assert.True(total > 0);
        Assert.Equal(UkTime.Money(total), page.GetElementById("total-annual-value")!.TextContent.Trim());
        Assert.Equal($"{decimal.Round(total / leedsSpend * 100m, 2):0.00}%", page.GetElementById("share-of-leeds-spend")!.TextContent.Trim());
        Assert.Contains("live, in extension or ending", page.GetElementById("contract-totals")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#contracts tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(parts.Count, rows.Count);
        Assert.All(parts, part => Assert.Contains(rows, r => r.Contains(part.Reference, StringComparison.Ordinal) && r.Contains(UkTime.Money(part.AnnualShare), StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.Contains("Live Well Leeds", StringComparison.Ordinal) && r.Contains("Lead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task shows_its_details_wards_contacts_and_the_people_who_use_the_portal_for_it_to_staff()
    {
        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var page = await staff.GetDocumentAsync($"/providers/{id}");

        var details = page.GetElementById("details")!.TextContent;
        Assert.Contains("Community interest company", details, StringComparison.Ordinal);
        Assert.Contains("99000101", details, StringComparison.Ordinal);
        Assert.Contains("£62,000", details, StringComparison.Ordinal);
        Assert.Contains("Small (£10,000 to £99,999)", details, StringComparison.Ordinal);
        Assert.Contains("Vetted (Green Tick) since 10 February 2026", details, StringComparison.Ordinal);
        Assert.Equal(["Chapel Allerton", "Gipton & Harehills"], page.QuerySelectorAll("#wards li").Select(li => li.TextContent.Trim()));
        Assert.Contains("North East", details, StringComparison.Ordinal);
        Assert.Contains("Aisha Begum", page.GetElementById("provider-users")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("small.provider@example.org", page.GetElementById("provider-users")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
    }

    [Fact]
    public async Task commissioners_are_offered_the_change_link()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var page = await commissioner.GetDocumentAsync($"/providers/{id}");

        Assert.NotNull(page.QuerySelector($"a[href='/providers/{id}/edit']"));
    }

    [Fact]
    public async Task a_provider_user_reaches_their_own_organisation_from_the_navigation()
    {
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var home = await provider.GetDocumentAsync("/");
        var redirect = await provider.Http.GetAsync("/our-organisation");
        var page = await provider.GetDocumentAsync($"/providers/{id}");

        Assert.Contains("Our organisation", home.ServiceNavigation());
        Assert.DoesNotContain("Providers", home.ServiceNavigation());
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/providers/{id}", redirect.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal(DemoData.SmallProviderName, page.Heading());
        Assert.NotEmpty(page.QuerySelectorAll("#contracts tbody tr"));
        Assert.Null(page.GetElementById("provider-users"));
        Assert.NotNull(page.QuerySelector($"a[href='/providers/{id}/profile']"));
    }

    [Fact]
    public async Task a_provider_user_cannot_see_another_providers_page()
    {
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var other = await factory.ProviderIdAsync(DemoData.LeadProviderName);

        var response = await provider.Http.GetAsync($"/providers/{other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(DemoData.LeadProviderName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_that_does_not_exist_is_not_found()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync("/providers/999999")).StatusCode);
    }

    [Fact]
    public async Task someone_not_signed_in_is_sent_to_sign_in()
    {
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        var response = await PortalClient.For(factory).Http.GetAsync($"/providers/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }
}
