using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Dashboard.DashboardPages;

namespace LeedsCommissioning.Web.Tests.Dashboard;

/// <summary>A provider user's dashboard (/your-dashboard) shows its own organisation's contracts and never another's.</summary>
public sealed class A_providers_own_dashboard(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task it_lists_every_contract_its_organisation_takes_part_in_and_no_other()
    {
        var ownOnly = await ContractAsync(factory, "DASH-OTHER-1", "LCC-AH", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31), 60_000m, "Leeds Mind");
        var (own, others) = await factory.WithDbAsync(async db =>
        {
            var providerId = await db.Providers.Where(p => p.Name == DemoData.LeadProviderName).Select(p => p.Id).SingleAsync();
            var ownRefs = await db.Contracts.Where(c => c.Providers.Any(p => p.ProviderId == providerId)).Select(c => c.Reference).ToListAsync();
            var otherRefs = await db.Contracts.Where(c => !c.Providers.Any(p => p.ProviderId == providerId)).Select(c => c.Reference).ToListAsync();
            return (ownRefs, otherRefs);
        });
        Assert.NotEmpty(own);
        Assert.Contains("DASH-OTHER-1", others);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var page = await provider.GetDocumentAsync("/your-dashboard");

        Assert.Equal(DemoData.LeadProviderName, page.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        var listed = page.QuerySelectorAll("#your-contracts tbody tr td:first-child .govuk-body-s").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(own.Order(), listed.Order());
        Assert.All(others, reference => Assert.DoesNotContain(reference, page.Body!.TextContent, StringComparison.Ordinal));
        Assert.Null(page.QuerySelector($"a[href='/contracts/{ownOnly}']"));
    }

    [Fact]
    public async Task a_small_subcontractor_sees_its_own_share_not_the_contracts_value()
    {
        var expected = await factory.WithDbAsync(async db =>
        {
            var providerId = await db.Providers.Where(p => p.Name == DemoData.SmallProviderName).Select(p => p.Id).SingleAsync();
            return await db.Contracts.Where(c => c.Providers.Any(p => p.ProviderId == providerId))
                .Select(c => new { c.Reference, Share = c.Providers.Where(p => p.ProviderId == providerId).Select(p => p.AnnualShare).First() })
                .ToListAsync();
        });
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var page = await provider.GetDocumentAsync("/your-dashboard");

        var rows = page.QuerySelectorAll("#your-contracts tbody tr")
            .ToDictionary(r => r.QuerySelector(".govuk-body-s")!.TextContent.Trim(), r => r.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Equal(expected.Select(e => e.Reference).Order(), rows.Keys.Order());
        Assert.All(expected, e => Assert.Equal(LeedsCommissioning.Domain.Common.Money.Text(e.Share), rows[e.Reference]));
    }

    [Theory]
    [InlineData("commissioner@example.org", "Dashboard")]
    [InlineData("director@example.org", "Dashboard")]
    [InlineData("procurement@example.org", "Dashboard")]
    [InlineData("admin@example.org", "Dashboard")]
    [InlineData("provider@example.org", "Your dashboard")]
    [InlineData("evaluator@example.org", null)]
    public async Task the_menu_offers_each_person_the_dashboard_they_may_use(string email, string? item)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        var navigation = (await client.GetDocumentAsync("/")).ServiceNavigation();

        var dashboards = navigation.Where(n => n is "Dashboard" or "Your dashboard").ToList();
        Assert.Equal(item is null ? [] : [item], dashboards);
    }
}
