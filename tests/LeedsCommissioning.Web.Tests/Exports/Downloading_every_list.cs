using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>
/// Every list downloads as CSV and Excel with the list's filters, behind the list's own policy (issue 15, "Exports and
/// open data"). The contracts register, the waivers and the pipeline have their own tests beside their features.
/// </summary>
public sealed class Downloading_every_list(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_providers_directory_downloads_the_providers_the_search_finds()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var (headings, rows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/providers/export.csv?search=Community+Links"));

        Assert.Equal(["Name", "Type", "Size", "Leeds-based", "Green Tick", "Annual income (£)", "Annual contract value (£)"], headings);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Community Links", r[0], StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, r => r[0] == DemoData.LeadProviderName);
        var all = await factory.WithDbAsync(db => db.Providers.CountAsync());
        var (_, everyone) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/providers/export.csv"));
        Assert.Equal(all, everyone.Count);
    }

    [Fact]
    public async Task the_providers_workbook_opens_with_every_page_of_the_search()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var count = await factory.WithDbAsync(db => db.Providers.CountAsync(p => p.IsLeedsBased));

        var rows = await ExportFiles.XlsxAsync(await commissioner.Http.GetAsync("/providers/export.xlsx?leedsBased=yes"));

        Assert.Equal("Name", rows[0][0]);
        Assert.Equal(count, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("Yes", r[3]));
    }

    [Theory]
    [InlineData("/providers/export.csv", "provider@example.org")]
    [InlineData("/providers/export.xlsx", "evaluator@example.org")]
    [InlineData("/admin/users/export.csv", "commissioner@example.org")]
    [InlineData("/admin/users/export.xlsx", "provider@example.org")]
    [InlineData("/decommissioning/export.csv", "provider@example.org")]
    [InlineData("/decommissioning/export.xlsx", "procurement@example.org")]
    [InlineData("/procurement/export.csv", "provider@example.org")]
    [InlineData("/our-contracts/export.csv", "commissioner@example.org")]
    [InlineData("/your-bids/export.xlsx", "procurement@example.org")]
    public async Task a_download_is_refused_to_whoever_may_not_see_its_list(string url, string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("provider@example.org", DemoData.LeadProviderName)]
    [InlineData("small.provider@example.org", DemoData.SmallProviderName)]
    public async Task a_provider_downloads_its_own_contracts_and_never_another_providers(string email, string name)
    {
        var providerId = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var own = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Providers.Any(p => p.ProviderId == providerId))
            .Select(c => c.Reference).ToListAsync());
        var client = await PortalClient.SignedInAsync(factory, email);

        var (headings, rows) = await ExportFiles.CsvAsync(await client.Http.GetAsync("/our-contracts/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync("/our-contracts/export.xlsx"));

        Assert.Equal(["Reference", "Contract", "Service area", "Lead provider", "Your part", "Status", "Ends", "Your annual share (£)"], headings);
        Assert.NotEmpty(own);
        Assert.Equal(own.Order(), rows.Select(r => r[0]).Order());
        Assert.Equal(own.Order(), sheet.Skip(1).Select(r => r[0]).Order());
    }

    [Theory]
    [InlineData("provider@example.org", DemoData.LeadProviderName)]
    [InlineData("small.provider@example.org", DemoData.SmallProviderName)]
    public async Task a_provider_downloads_its_own_bids_and_never_another_providers(string email, string name)
    {
        var providerId = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var own = await factory.WithDbAsync(db => (from b in db.Set<Bid>()
                                                   where b.ProviderId == providerId
                                                   join o in db.Opportunities on b.OpportunityId equals o.Id
                                                   select o.Title).ToListAsync());
        var client = await PortalClient.SignedInAsync(factory, email);

        var (headings, rows) = await ExportFiles.CsvAsync(await client.Http.GetAsync("/your-bids/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync("/your-bids/export.xlsx"));

        Assert.Equal(["Opportunity", "Lot", "Lot title", "Status", "Sent", "Receipt", "Bids close"], headings);
        Assert.Equal(own.Order(), rows.Select(r => r[0]).Order());
        Assert.Equal(own.Count, sheet.Count - 1);
    }

    [Fact]
    public async Task the_users_list_downloads_the_people_with_the_role_chosen()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var (headings, rows) = await ExportFiles.CsvAsync(await admin.Http.GetAsync("/admin/users/export.csv?role=Evaluator"));

        Assert.Equal(["Name", "Email address", "Role", "Organisation", "Status", "Last signed in"], headings);
        Assert.Contains(rows, r => r[1] == "evaluator@example.org");
        Assert.All(rows, r => Assert.Equal(Roles.Describe(Roles.Evaluator), r[2]));
    }

    [Fact]
    public async Task the_users_workbook_holds_everyone_the_search_finds()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var rows = await ExportFiles.XlsxAsync(await admin.Http.GetAsync("/admin/users/export.xlsx?search=example.org"));

        Assert.Equal("Name", rows[0][0]);
        Assert.Contains(rows, r => r.Count > 1 && r[1] == "admin@example.org");
        Assert.All(rows.Skip(1), r => Assert.Contains("example.org", r[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_opportunities_staff_list_downloads_the_stage_chosen()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var page = await officer.GetDocumentAsync("/procurement?stage=Open");
        var titles = page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

        var (headings, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync("/procurement/export.csv?stage=Open"));

        Assert.Equal(["Opportunity", "Service area", "Drafted by", "Stage", "Bids close", "Questions waiting"], headings);
        Assert.NotEmpty(titles);
        Assert.Equal(titles, rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(OpportunityStage.Open.ToDisplayName(), r[3]));
    }

    [Fact]
    public async Task anyone_downloads_the_open_opportunities_with_the_filters_of_the_list()
    {
        var anonymous = PortalClient.For(factory);
        var titles = (await anonymous.GetDocumentAsync("/opportunities?small=true")).QuerySelectorAll("h2.govuk-heading-m a").Select(a => a.TextContent.Trim()).ToList();

        var (headings, rows) = await ExportFiles.CsvAsync(await anonymous.Http.GetAsync("/opportunities/export.csv?small=true"));
        var sheet = await ExportFiles.XlsxAsync(await anonymous.Http.GetAsync("/opportunities/export.xlsx?small=true"));

        Assert.Equal(["Opportunity", "Service area", "Commissioner", "Closes", "Estimated value (£)", "Lots", "Suitable for small organisations"], headings);
        Assert.NotEmpty(titles);
        Assert.Equal(titles, rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("Yes", r[6]));
        Assert.Equal(titles, sheet.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task the_cases_for_change_download_as_the_list_shows_them()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        var (headings, rows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/decommissioning/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await commissioner.Http.GetAsync("/decommissioning/export.xlsx"));

        Assert.Equal(["Reference", "Contract", "Kind", "Status", "Next step", "Missing"], headings);
        Assert.Contains(rows, r => r[0] == "NHS-LEEDS-2024-002" && r[1] == "Home from hospital");
        Assert.Equal(rows.Select(r => r[0]), sheet.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task the_public_forward_plan_downloads_only_the_published_intentions_and_staff_download_them_all()
    {
        // A draft intention, not published: staff see it, the public never.
        await factory.WithDbAsync(async db =>
        {
            var organisation = await db.CommissioningOrganisations.Select(o => o.Id).FirstAsync();
            db.ForwardPlanIntentions.Add(new ForwardPlanIntention(new ForwardPlanDetails(organisation, ServiceArea.SupportInTheCommunity,
                ForwardPlanBand.ShortTerm, "Unpublished draft intention", "Not decided yet.", null, null, null, null, false, false, null, null),
                PortalFactory.Now.UtcDateTime));
            return await db.SaveChangesAsync();
        });
        var published = await factory.WithDbAsync(db => db.ForwardPlanIntentions.Where(i => i.IsPublished).Select(i => i.Service).ToListAsync());
        var all = await factory.WithDbAsync(db => db.ForwardPlanIntentions.Select(i => i.Service).ToListAsync());
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var (headings, rows) = await ExportFiles.CsvAsync(await PortalClient.For(factory).Http.GetAsync("/forward-plan/export.csv"));
        var (_, staffRows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/pipeline/forward-plan/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await PortalClient.For(factory).Http.GetAsync("/forward-plan/export.xlsx"));

        Assert.Equal("Service", headings[2]);
        Assert.NotEmpty(published);
        Assert.DoesNotContain("Unpublished draft intention", published);
        Assert.Equal(published.Order(), rows.Select(r => r[2]).Order());
        Assert.All(rows, r => Assert.Equal("Yes", r[^1]));
        Assert.Equal(all.Order(), staffRows.Select(r => r[2]).Order());
        Assert.Equal(published.Count, sheet.Count - 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await PortalClient.SignedInAsync(factory, "provider@example.org")).Http.GetAsync("/pipeline/forward-plan/export.csv")).StatusCode);
    }

    [Theory]
    [InlineData("provider@example.org", DemoData.LeadProviderName)]
    [InlineData("small.provider@example.org", DemoData.SmallProviderName)]
    public async Task a_provider_downloads_the_monitoring_of_the_contracts_it_leads_and_never_another_providers(string email, string name)
    {
        var providerId = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var led = await factory.WithDbAsync(db => db.Contracts.Where(LeedsCommissioning.Web.Features.Providers.ProviderQueries.IsDelivering)
            .Where(c => c.LeadProviderId == providerId).Select(c => c.Reference).ToListAsync());
        var client = await PortalClient.SignedInAsync(factory, email);

        var (headings, rows) = await ExportFiles.CsvAsync(await client.Http.GetAsync("/monitoring/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync("/monitoring/export.xlsx"));

        Assert.Equal(["Reference", "Contract", "Commissioner", "Lead provider", "Monitoring plan", "Quarter", "Due", "Return", "Latest rating", "Rated quarter"], headings);
        Assert.Equal(led.Order(), rows.Select(r => r[0]).Order());
        Assert.All(rows, r => Assert.Equal(name, r[3]));
        Assert.Equal(led.Count, sheet.Count - 1);
    }

    [Fact]
    public async Task the_monitoring_list_downloads_the_late_returns_the_filter_shows()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/monitoring?status=late");
        var (_, rows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/monitoring/export.csv?status=late"));
        var (_, all) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/monitoring/export.csv"));

        Assert.Equal("/monitoring/export.csv?status=late", page.QuerySelector("#download-csv")?.GetAttribute("href"));
        Assert.Equal(page.QuerySelectorAll("#returns tbody tr").Length, rows.Count);
        Assert.NotEmpty(rows);
        Assert.True(rows.Count < all.Count, "The filter leaves out the contracts whose return is not late");
        Assert.Contains(rows, r => r[0] == DemoMonitoring.LateReturnContract && r[7].StartsWith("Late", StringComparison.Ordinal));
    }

    [Fact]
    public async Task each_list_links_to_its_downloads_with_its_filters()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await commissioner.GetDocumentAsync("/providers?search=Leeds&leedsBased=yes");

        Assert.Equal("/providers/export.csv?search=Leeds&leedsBased=yes", page.QuerySelector("#download-csv")?.GetAttribute("href"));
        Assert.Equal("/providers/export.xlsx?search=Leeds&leedsBased=yes", page.QuerySelector("#download-xlsx")?.GetAttribute("href"));
    }
}
